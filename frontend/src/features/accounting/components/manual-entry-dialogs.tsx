import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { useApproveManualEntry } from '@/features/accounting/api/approve-manual-entry';
import type { ManualEntry } from '@/features/accounting/api/get-manual-entries';
import { useRejectManualEntry } from '@/features/accounting/api/reject-manual-entry';
import { useReverseManualEntry } from '@/features/accounting/api/reverse-manual-entry';

type EntryDialogProps = { entry: ManualEntry; amount: string; onClose: () => void };

/** Posts the entry once confirmed; the API refuses it (maker_checker) to its author. */
export function ApproveManualEntryDialog({ entry, amount, onClose }: EntryDialogProps) {
  const { t } = useTranslation();
  const approve = useApproveManualEntry();
  // The approval posts money: one key for this decision, whatever the retries.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  return (
    <ConfirmDialog
      title={t('manualEntries.approveTitle')}
      message={t('manualEntries.approveConfirm', { description: entry.description, amount, reference: entry.reference })}
      confirmLabel={t('manualEntries.approve')}
      variant="primary"
      isPending={approve.isPending}
      error={approve.error}
      onCancel={onClose}
      onConfirm={() => approve.mutate({ id: entry.id, idempotencyKey }, { onSuccess: onClose })}
    />
  );
}

export function RejectManualEntryDialog({ entry, amount, onClose }: EntryDialogProps) {
  const { t } = useTranslation();
  const reject = useRejectManualEntry();
  return (
    <ReasonDialog
      title={t('manualEntries.rejectTitle')}
      message={t('manualEntries.rejectMessage', { description: entry.description, amount })}
      label={t('manualEntries.reason')}
      submitLabel={t('manualEntries.reject')}
      isPending={reject.isPending}
      error={reject.error}
      onSubmit={(data, onError) => reject.mutate({ id: entry.id, data }, { onSuccess: onClose, onError })}
      onClose={onClose}
    />
  );
}

/** A mirror entry valued today cancels the posted one: the entry itself is never edited. */
export function ReverseManualEntryDialog({ entry, amount, onClose }: EntryDialogProps) {
  const { t } = useTranslation();
  const reverse = useReverseManualEntry();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  return (
    <ReasonDialog
      title={t('manualEntries.reverseTitle')}
      message={t('manualEntries.reverseMessage', {
        description: entry.description,
        amount,
        number: entry.journalEntryNumber,
      })}
      label={t('manualEntries.reason')}
      submitLabel={t('manualEntries.reverse')}
      isPending={reverse.isPending || reverse.isSuccess}
      error={reverse.error}
      onSubmit={(data, onError) =>
        reverse.mutate({ id: entry.id, data, idempotencyKey }, { onSuccess: onClose, onError })
      }
      onClose={onClose}
    />
  );
}
