using Microfinance.Domain.Anomalies;

namespace Microfinance.Application.Anomalies;

/// <summary>A review step (or the detection's own note, <see cref="By"/> null: a closed finding opened again, "before → after").</summary>
public sealed record AnomalyCommentDto(DateTimeOffset At, Guid? By, string? ByName, AnomalyStatus Status, string Text);
