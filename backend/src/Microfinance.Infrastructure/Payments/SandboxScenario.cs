namespace Microfinance.Infrastructure.Payments;

/// <summary>
/// What the sandbox does with a payment, chosen by the payer's number like an aggregator's sandbox (docs/payments.md):
/// the last eight digits pick a scenario; any other number pays.
/// </summary>
public enum SandboxScenario
{
    Succeeds,
    Fails,
    /// <summary>No webhook ever; its status API says the payment succeeded (reconciliation settles it).</summary>
    NeverAnswers,
    /// <summary>The webhook confirms 100 less than asked (the intent is flagged).</summary>
    AnswersAnotherAmount,
    /// <summary>The same webhook arrives twice.</summary>
    AnswersTwice,
    /// <summary>No webhook; its status API says pending for ever (the intent expires).</summary>
    StaysPending,
}
