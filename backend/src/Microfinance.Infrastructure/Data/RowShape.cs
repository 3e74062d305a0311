using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Microfinance.Infrastructure.Data;

/// <summary>
/// One entity type's table as EF's model maps it — column names, value conversions, database-generated columns — for
/// the rows the money path reads and writes by hand (<see cref="LedgerRows"/>, ADR 0014). Taken from the model once per
/// type, so a column added to the EF configuration is read, written and audited here as well.
/// </summary>
internal sealed class RowShape
{
    private static readonly ConcurrentDictionary<Type, RowShape> Shapes = new();

    public static RowShape Of<T>(IModel model) => Of(typeof(T), model);

    public static RowShape Of(Type type, IModel model) => Shapes.GetOrAdd(type, t => new RowShape(model.FindEntityType(t)!));

    private readonly Column[] _written;
    private readonly Column[] _generated;
    private readonly Column _key;
    private readonly string _insert;
    // INSERTs of n rows at once, by n.
    private readonly ConcurrentDictionary<int, string> _inserts = new();

    private RowShape(IEntityType type)
    {
        Type = type;
        Table = type.GetTableName()!;
        Columns = type.GetProperties().Select(p => new Column(p)).ToArray();
        _key = Columns.Single(c => c.Property.IsPrimaryKey());
        _written = Columns.Where(c => !c.Generated).ToArray();
        _generated = Columns.Where(c => c.Generated).ToArray();
        _insert = $"INSERT INTO {Table} ({string.Join(", ", _written.Select(c => c.Name))}) " +
                  $"VALUES ({string.Join(", ", _written.Select((_, i) => $"${i + 1}"))})" +
                  (_generated.Length > 0 ? $" RETURNING {string.Join(", ", _generated.Select(c => c.Name))}" : "");
    }

    public IEntityType Type { get; }

    private string Table { get; }

    /// <summary>In the model's property order (the key first), the order audit records list them in.</summary>
    public IReadOnlyList<Column> Columns { get; }

    /// <summary>The columns for a SELECT, each prefixed with <paramref name="alias"/>; <see cref="Read"/> reads them back.</summary>
    public string SelectList(string alias) => string.Join(", ", Columns.Select(c => $"{alias}.{c.Name}"));

    /// <summary>An entity from the columns of <see cref="SelectList"/> (through its private constructor, like EF).</summary>
    public T Read<T>(DbDataReader reader) where T : class
    {
        var entity = (T)Activator.CreateInstance(typeof(T), nonPublic: true)!;
        for (var i = 0; i < Columns.Count; i++)
            Columns[i].Set(entity, Columns[i].Read(reader, i));
        return entity;
    }

    public string KeyOf(object entity) => Convert.ToString(Key(entity), System.Globalization.CultureInfo.InvariantCulture)!;

    public object Key(object entity) => _key.Get(entity)!;

    /// <summary>Every column's current value, to compare with later (<see cref="Update"/>).</summary>
    public object?[] Snapshot(object entity) => Columns.Select(c => c.Get(entity)).ToArray();

    /// <summary>The INSERT of a new row; database-generated columns come back as a result row (<see cref="ReadGenerated"/>).</summary>
    public NpgsqlBatchCommand Insert(object entity)
    {
        var command = new NpgsqlBatchCommand(_insert);
        foreach (var column in _written) command.Parameters.Add(column.Parameter(column.Get(entity)));
        return command;
    }

    /// <summary>
    /// INSERTs of several new rows (a journal entry's lines, a payment's history lines), up to a thousand rows each: one
    /// statement for PostgreSQL to bind and run instead of one per row. Only for a table without database-generated columns.
    /// </summary>
    public IEnumerable<NpgsqlBatchCommand> InsertAll(IEnumerable<object> entities)
    {
        if (_generated.Length > 0) throw new InvalidOperationException($"{Table} has generated columns: insert its rows one by one.");
        // A statement takes at most 65 535 parameters.
        foreach (var rows in entities.Chunk(1000))
        {
            var command = new NpgsqlBatchCommand(_inserts.GetOrAdd(rows.Length, count =>
                $"INSERT INTO {Table} ({string.Join(", ", _written.Select(c => c.Name))}) VALUES " + string.Join(", ",
                    Enumerable.Range(0, count).Select(row => $"({string.Join(", ", _written.Select((_, i) => $"${row * _written.Length + i + 1}"))})"))));
            foreach (var entity in rows)
                foreach (var column in _written) command.Parameters.Add(column.Parameter(column.Get(entity)));
            yield return command;
        }
    }

    public void ReadGenerated(DbDataReader reader, object entity)
    {
        for (var i = 0; i < _generated.Length; i++)
            _generated[i].Set(entity, _generated[i].Read(reader, i));
    }

    /// <summary>The columns whose value differs from <paramref name="stored"/>, with both values.</summary>
    public List<(Column Column, object? Before, object? After)> Changes(object entity, object?[] stored)
    {
        var changes = new List<(Column, object?, object?)>();
        for (var i = 0; i < Columns.Count; i++)
        {
            var now = Columns[i].Get(entity);
            if (!Equals(now, stored[i])) changes.Add((Columns[i], stored[i], now));
        }
        return changes;
    }

    /// <summary>UPDATE of the changed columns, by key.</summary>
    public NpgsqlBatchCommand Update(object entity, IReadOnlyList<(Column Column, object? Before, object? After)> changes)
    {
        var set = string.Join(", ", changes.Select((c, i) => $"{c.Column.Name} = ${i + 1}"));
        var command = new NpgsqlBatchCommand($"UPDATE {Table} SET {set} WHERE {_key.Name} = ${changes.Count + 1}");
        foreach (var change in changes) command.Parameters.Add(change.Column.Parameter(change.After));
        command.Parameters.Add(_key.Parameter(_key.Get(entity)));
        return command;
    }

    /// <summary>One mapped property: its column, how to get and set it on the entity, and its database type.</summary>
    internal sealed class Column
    {
        private static readonly MethodInfo TypedParameter = typeof(Column).GetMethod(nameof(ParameterOf), BindingFlags.NonPublic | BindingFlags.Static)!;
        private static readonly MethodInfo TypedRead = typeof(Column).GetMethod(nameof(ReadAs), BindingFlags.NonPublic | BindingFlags.Static)!;

        private readonly Func<object, object?> _get;
        private readonly Action<object, object?> _set;
        private readonly ValueConverter? _converter;
        private readonly Func<object?, NpgsqlParameter> _parameter;
        private readonly Func<DbDataReader, int, object?> _read;

        public Column(IProperty property)
        {
            Property = property;
            Name = $"\"{property.GetColumnName()}\"";
            var clr = property.PropertyInfo ?? throw new NotSupportedException($"{property.DeclaringType.DisplayName()}.{property.Name} has no CLR property.");
            (_get, _set) = Accessors(clr);
            _converter = property.GetTypeMapping().Converter;
            var stored = Nullable.GetUnderlyingType(_converter?.ProviderClrType ?? property.ClrType) ?? _converter?.ProviderClrType ?? property.ClrType;
            // Typed by the stored CLR type, so a null still tells PostgreSQL its type.
            _parameter = TypedParameter.MakeGenericMethod(stored.IsValueType ? typeof(Nullable<>).MakeGenericType(stored) : stored)
                .CreateDelegate<Func<object?, NpgsqlParameter>>();
            _read = TypedRead.MakeGenericMethod(stored).CreateDelegate<Func<DbDataReader, int, object?>>();
            Generated = property.GetValueGenerationStrategy() is NpgsqlValueGenerationStrategy.IdentityAlwaysColumn
                or NpgsqlValueGenerationStrategy.IdentityByDefaultColumn or NpgsqlValueGenerationStrategy.SerialColumn;
        }

        public IProperty Property { get; }

        /// <summary>Quoted column name.</summary>
        public string Name { get; }

        /// <summary>Written by the database (an identity), not by the INSERT.</summary>
        public bool Generated { get; }

        public object? Get(object entity) => _get(entity);

        public void Set(object entity, object? value) => _set(entity, value);

        public NpgsqlParameter Parameter(object? value) => _parameter(value is null || _converter is null ? value : _converter.ConvertToProvider(value));

        public object? Read(DbDataReader reader, int ordinal)
        {
            var value = _read(reader, ordinal);
            return value is null || _converter is null ? value : _converter.ConvertFromProvider(value);
        }

        /// <summary>Compiled once: every save reads each held row's every column, which reflection made a visible share of a posting.</summary>
        private static (Func<object, object?> Get, Action<object, object?> Set) Accessors(PropertyInfo property)
        {
            var entity = Expression.Parameter(typeof(object));
            var value = Expression.Parameter(typeof(object));
            var typed = Expression.Property(Expression.Convert(entity, property.DeclaringType!), property);
            var get = Expression.Lambda<Func<object, object?>>(Expression.Convert(typed, typeof(object)), entity).Compile();
            var set = Expression.Lambda<Action<object, object?>>(Expression.Assign(typed, Expression.Convert(value, property.PropertyType)), entity, value).Compile();
            return (get, set);
        }

        private static NpgsqlParameter ParameterOf<T>(object? value) => new NpgsqlParameter<T> { TypedValue = (T)value! };

        private static object? ReadAs<T>(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);
    }
}
