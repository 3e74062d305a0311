namespace Microfinance.Application.Anomalies.Assistant;

/// <summary>What a question is about, as the question box recognises it (<see cref="AssistantQuestion"/>).</summary>
public enum AssistantTopic
{
    Portfolio,
    Deposits,
    Withdrawals,
    Repayments,
    Disbursements,
    Contributions,
    Findings,
    Summary,
}
