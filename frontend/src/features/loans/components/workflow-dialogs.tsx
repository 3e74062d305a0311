import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { useApproveLoanApplication } from '@/features/loans/api/approve-loan-application';
import { useCancelLoanApplication } from '@/features/loans/api/cancel-loan-application';
import type { Loan } from '@/features/loans/api/get-loans';
import { useRecommendLoanApplication } from '@/features/loans/api/recommend-loan-application';
import { useRejectLoanApplication } from '@/features/loans/api/reject-loan-application';
import { useReturnLoanApplication } from '@/features/loans/api/return-loan-application';
import { useSubmitLoanApplication } from '@/features/loans/api/submit-loan-application';
import { useWriteOffLoan } from '@/features/loans/api/write-off-loan';
import { formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type DialogProps<Action> = { action: Action; loan: Loan; onClose: () => void };

/** What the dialogs say about the loan: its number, its client and its amount. */
function useLoanWords(loan: Loan) {
  const locale = useLocale();
  return { number: loan.number, name: loan.clientName, amount: formatMoney(loan.principal, loan.currency, locale) };
}

/** A step of the workflow that needs only a confirmation: submit a draft, recommend it, approve it. */
export function ConfirmStepDialog({ action, loan, onClose }: DialogProps<'submit' | 'recommend' | 'approve'>) {
  const { t } = useTranslation();
  const mutations = {
    submit: useSubmitLoanApplication(),
    recommend: useRecommendLoanApplication(),
    approve: useApproveLoanApplication(),
  };
  const mutation = mutations[action];
  const words = useLoanWords(loan);
  return (
    <ConfirmDialog
      title={t(`loans.confirm.${action}.title`, { number: loan.number })}
      message={t(`loans.confirm.${action}.message`, words)}
      confirmLabel={t(`loans.actions.${action}`)}
      variant="primary"
      isPending={mutation.isPending}
      error={mutation.error}
      onCancel={onClose}
      onConfirm={() => mutation.mutate(loan.id, { onSuccess: onClose })}
    />
  );
}

/** A step of the workflow that needs a written reason: return an application, reject it, cancel it. */
export function ReasonStepDialog({ action, loan, onClose }: DialogProps<'return' | 'reject' | 'cancel'>) {
  const { t } = useTranslation();
  const mutations = {
    return: useReturnLoanApplication(),
    reject: useRejectLoanApplication(),
    cancel: useCancelLoanApplication(),
  };
  const mutation = mutations[action];
  const words = useLoanWords(loan);
  return (
    <ReasonDialog
      title={t(`loans.withReason.${action}.title`, { number: loan.number })}
      message={t(`loans.withReason.${action}.message`, words)}
      label={t(`loans.withReason.${action}.label`)}
      submitLabel={t(`loans.actions.${action}`)}
      isPending={mutation.isPending}
      error={mutation.error}
      onSubmit={(data, onError) => mutation.mutate({ id: loan.id, data }, { onSuccess: onClose, onError })}
      onClose={onClose}
    />
  );
}

/** Writes the loan off (it posts the loss): one key for this decision, whatever the retries. */
export function WriteOffDialog({ loan, onClose }: { loan: Loan; onClose: () => void }) {
  const { t } = useTranslation();
  const writeOff = useWriteOffLoan();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const locale = useLocale();
  const words = useLoanWords(loan);
  return (
    <ReasonDialog
      title={t('loans.withReason.writeOff.title', { number: loan.number })}
      message={t('loans.withReason.writeOff.message', {
        ...words,
        outstanding: formatMoney(loan.outstandingPrincipal, loan.currency, locale),
      })}
      label={t('loans.withReason.writeOff.label')}
      submitLabel={t('loans.actions.writeOff')}
      isPending={writeOff.isPending}
      error={writeOff.error}
      onSubmit={(data, onError) =>
        writeOff.mutate({ id: loan.id, data, idempotencyKey }, { onSuccess: onClose, onError })
      }
      onClose={onClose}
    />
  );
}
