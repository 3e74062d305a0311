namespace Microfinance.Application.Accounting.Commands.ImportBankStatement;

public sealed class ImportBankStatementCommandValidator : AbstractValidator<ImportBankStatementCommand>
{
    /// <summary>
    /// A month of a busy account fits many times over; a bigger upload is a mistake (the endpoint stops reading there). Under
    /// the server's own 1 MiB body limit, so an upload just over it gets this 400, not the server cutting the connection.
    /// </summary>
    public const int MaxBytes = 1_000_000;

    public ImportBankStatementCommandValidator()
    {
        RuleFor(x => x.FileName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Content).NotEmpty().WithName("File").OverridePropertyName("File");
    }
}
