import Alert from 'react-bootstrap/Alert';
import Spinner from 'react-bootstrap/Spinner';
import { useTranslation } from 'react-i18next';

import { paths } from '@/config/paths';
import type { Payment } from '@/features/payments/api/get-payments';
import { usePaymentWords } from '@/features/payments/components/use-payment-words';

/**
 * The receipt of what the payment posted: a deposit's movement, or a loan repayment. An opening fee has none (it
 * activated the account, whose page tells it), nor has a tontine's adhesion fee or contribution (the participant's page
 * tells them: its balance, its booklet and its contributions).
 */
export function receiptHref(payment: Payment): string | null {
  if (payment.status !== 'Succeeded' || !payment.postedOperationId) return null;
  switch (payment.purpose) {
    case 'Deposit':
      return paths.receipt.getHref(payment.postedOperationId);
    case 'LoanRepayment':
      return paths.repaymentReceipt.getHref(payment.targetId, payment.postedOperationId);
    case 'AccountOpeningFee':
    case 'TontineAdhesionFee':
    case 'TontineContribution':
      return null;
  }
}

/** The page of what the payment is for: the account, the loan, the tontine participant, or the adhesions. */
export function targetHref(payment: Pick<Payment, 'purpose' | 'targetId'>) {
  switch (payment.purpose) {
    case 'LoanRepayment':
      return paths.loan.getHref(payment.targetId);
    case 'TontineContribution':
      return paths.tontineParticipant.getHref(payment.targetId);
    case 'TontineAdhesionFee':
      // An adhesion has no page of its own: the inbox lists it (and, once paid, leads to its participant).
      return paths.tontineAdhesions.getHref();
    case 'Deposit':
    case 'AccountOpeningFee':
      return paths.account.getHref(payment.targetId);
  }
}

/** Where the payment stands, in words: waiting for the payer, posted, or why nothing was. */
export function PaymentOutcome({ payment }: { payment: Payment }) {
  const { t } = useTranslation();
  const words = usePaymentWords();
  const received = words.received(payment);
  switch (payment.status) {
    case 'Pending':
      return (
        <Alert variant="info" className="d-flex align-items-center gap-2 mb-0">
          <Spinner animation="border" size="sm" aria-hidden="true" className="flex-shrink-0" />
          {t('payments.waiting')}
        </Alert>
      );
    case 'Succeeded':
      return (
        <Alert variant="success" className="mb-0">
          {t(`payments.outcomes.Succeeded.${payment.purpose}`, {
            amount: received ?? words.amount(payment),
            number: payment.targetNumber,
          })}
        </Alert>
      );
    case 'Flagged':
      return (
        <Alert variant="warning" className="mb-0">
          {t('payments.outcomes.Flagged', { reason: words.flagReason(payment.flagReason ?? '') })}
          {received && (
            <span className="d-block mt-1">
              {' '}
              {t('payments.outcomes.FlaggedAmounts', { received, amount: words.amount(payment) })}
            </span>
          )}
        </Alert>
      );
    case 'Failed':
      return (
        <Alert variant="danger" className="mb-0">
          {t('payments.outcomes.Failed')}
        </Alert>
      );
    case 'Expired':
    case 'Refunded':
      return (
        <Alert variant="secondary" className="mb-0">
          {t(`payments.outcomes.${payment.status}`)}
        </Alert>
      );
  }
}
