import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { ReasonDialog } from '@/components/ui/reason-dialog';
import type { MovementType } from '@/features/deposits/api/get-transactions';
import { useReverseTransaction } from '@/features/deposits/api/reverse-transaction';
import { POLICIES, useIsAllowed } from '@/lib/authorization';
import { formatDate, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** What a supervisor may reverse here: a reversal is final, and a loan's disbursement is undone on the loan. */
const REVERSIBLE: readonly MovementType[] = ['Deposit', 'Withdrawal', 'TransferIn', 'TransferOut'];

/** What reversing reads of an account's movement: a statement line, a receipt, an explorer row of an account. */
type ReversibleMovement = {
  id: string;
  type: MovementType;
  amount: number;
  currency: string;
  valueDate: string;
  accountNumber?: string | null;
  reversedAt?: string | null;
};

export const isReversible = (transaction: ReversibleMovement) =>
  REVERSIBLE.includes(transaction.type) && !transaction.reversedAt;

type ReverseTransactionDialogProps = { transaction: ReversibleMovement; onClose: () => void };

/**
 * Reverses a movement (contre-passation) with a reason: the API posts a reversal entry that restores the balance(s)
 * — both sides of a transfer — and marks the movement reversed. One idempotency key for this decision, whatever the
 * retries; the dialog closes once it is done.
 */
export function ReverseTransactionDialog({ transaction, onClose }: ReverseTransactionDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const reverse = useReverseTransaction();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  return (
    <ReasonDialog
      title={t('reversal.title')}
      message={t('reversal.message', {
        operation: t(`transactionTypes.${transaction.type}`),
        amount: formatMoney(transaction.amount, transaction.currency, locale),
        date: formatDate(transaction.valueDate, locale),
        number: transaction.accountNumber,
      })}
      label={t('reversal.reason')}
      submitLabel={t('reversal.submit')}
      isPending={reverse.isPending || reverse.isSuccess}
      error={reverse.error}
      onSubmit={(data, onError) =>
        reverse.mutate({ id: transaction.id, data, idempotencyKey }, { onSuccess: onClose, onError })
      }
      onClose={onClose}
    />
  );
}

/**
 * "Annuler l'opération" for a supervisor or an administrator, on a movement that may be reversed (a statement's row,
 * a receipt, the explorer), with its dialog; nothing for anyone else.
 */
type ReverseTransactionActionProps = { transaction: ReversibleMovement; size?: 'sm'; className?: string };

export function ReverseTransactionAction({ transaction, size, className }: ReverseTransactionActionProps) {
  const { t } = useTranslation();
  const allowed = useIsAllowed(POLICIES.reversals);
  const [open, setOpen] = useState(false);
  if (!allowed || !isReversible(transaction)) return null;
  return (
    <>
      <Button
        size={size}
        variant="outline-danger"
        className={`d-print-none ${className ?? ''}`}
        onClick={() => setOpen(true)}
      >
        {t('reversal.action')}
      </Button>
      {open && <ReverseTransactionDialog transaction={transaction} onClose={() => setOpen(false)} />}
    </>
  );
}
