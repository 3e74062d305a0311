namespace Microfinance.Application.Accounting.Commands.ImportBankStatement;

public sealed class ImportBankStatementCommandValidator : AbstractValidator<ImportBankStatementCommand>
{
    /// <summary>A month of a busy account fits many times over; a bigger upload is a mistake (the endpoint stops reading there).</summary>
    public const int MaxBytes = 1024 * 1024;

    public ImportBankStatementCommandValidator()
    {
        RuleFor(x => x.FileName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Content).NotEmpty().WithName("File").OverridePropertyName("File");
    }
}
