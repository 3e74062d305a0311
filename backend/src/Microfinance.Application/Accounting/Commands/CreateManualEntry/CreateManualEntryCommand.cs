namespace Microfinance.Application.Accounting.Commands.CreateManualEntry;

/// <summary>
/// A journal entry written by hand: two or more balanced lines on GL accounts, valued <see cref="ValueDate"/>, with the
/// supporting document's <see cref="Reference"/>. Posted at once up to the institution's approval threshold, else kept for approval.
/// </summary>
[Authorize(Roles.Accountant, Roles.SfdAdmin)]
public sealed record CreateManualEntryCommand(
    DateOnly ValueDate, string Description, string Reference, IReadOnlyList<ManualEntryLineInput> Lines, string? AttachmentName = null)
    : ICommand<ManualEntryDto>;
