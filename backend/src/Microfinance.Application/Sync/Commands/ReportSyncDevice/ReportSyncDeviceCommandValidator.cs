using Microfinance.Application.Common.Idempotency;

namespace Microfinance.Application.Sync.Commands.ReportSyncDevice;

public sealed class ReportSyncDeviceCommandValidator : AbstractValidator<ReportSyncDeviceCommand>
{
    /// <summary>More than any phone's queue holds (a batch is 500): a larger count is a fault, not a report.</summary>
    public const int MaxCount = 100_000;

    public ReportSyncDeviceCommandValidator()
    {
        RuleFor(x => x.DeviceId).NotEmpty().Matches(IdempotencyKey.Pattern)
            .WithLocalizedMessage("Use 1 to 100 letters, digits, '-', '_', '.' or ':'.");
        RuleFor(x => x.Pending).InclusiveBetween(0, MaxCount);
        RuleFor(x => x.Refused).InclusiveBetween(0, MaxCount);
    }
}
