namespace Microfinance.Application.Tontines;

/// <summary>A contribution as recorded, with the participant's booklet and balances after it.</summary>
public sealed record ContributionReceiptDto(TontineContributionDto Contribution, TontineParticipantDto Participant);
