namespace Microfinance.Application.Reporting.Documents;

/// <summary>Labelled values, one a line ("Client : Afiavi Houngbédji").</summary>
public sealed record DocumentFields(string? Heading, IReadOnlyList<DocumentField> Fields) : DocumentSection(Heading);
