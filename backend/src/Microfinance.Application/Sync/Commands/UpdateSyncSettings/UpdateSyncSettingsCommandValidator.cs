namespace Microfinance.Application.Sync.Commands.UpdateSyncSettings;

public sealed class UpdateSyncSettingsCommandValidator : AbstractValidator<UpdateSyncSettingsCommand>
{
    public UpdateSyncSettingsCommandValidator() =>
        RuleFor(x => x.OfflineToleranceDays).InclusiveBetween(0, Institution.MaxOfflineToleranceDays);
}
