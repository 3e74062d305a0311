import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { DetailsList, type Detail } from '@/components/ui/details-list';
import { NoticeDialog } from '@/components/ui/notice-dialog';
import { AmountField, InlineChoiceField, TextField } from '@/components/ui/form-fields';
import { ReviewSteps, useReviewSteps, type Review } from '@/components/ui/review-steps';
import { isUsable, recordInputSchema, type RecordFormValues, type RecordInput } from '@/features/sync/offline-checks';
import { offlineDb, type QueuedOperation } from '@/features/sync/offline-db';
import { enqueue, replaceRefused, type RecordedOperation } from '@/features/sync/queue';
import { clientName, targetId, targetLabel, targetStatus, type Target } from '@/features/sync/targets';
import type { WorkingClient } from '@/features/sync/types';
import { useCurrentUser } from '@/lib/auth';
import { formatDate, formatInteger, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const FIELDS = ['days', 'amount', 'reference'] as const;

type RecordDialogProps = {
  client: WorkingClient;
  target: Target;
  currency: string;
  /** A refused operation being corrected: the new one replaces it (with a new key). */
  replacing?: QueuedOperation;
  onRecorded: (operation: QueuedOperation) => void;
  onClose: () => void;
};

function defaultValues(target: Target, replacing: QueuedOperation | undefined): RecordFormValues {
  if (replacing) {
    const byDays = replacing.days !== null;
    return {
      mode: byDays ? 'days' : 'amount',
      days: byDays ? String(replacing.days) : '1',
      amount: replacing.amount === null ? '' : String(replacing.amount),
      reference: replacing.reference ?? '',
    };
  }
  const loan = target.kind === 'LoanRepayment' ? target.loan : null;
  const due = loan ? (loan.amountOverdue > 0 ? loan.amountOverdue : loan.nextInstallment?.amountDue) : undefined;
  return { mode: 'days', days: '1', amount: due ? String(due) : '', reference: '' };
}

/**
 * Records a deposit, a repayment or a contribution on the phone: the form, checked as far as it can be offline, then a
 * review the agent confirms with the client. The key is made as the review opens (a double « Confirmer » stores it once)
 * and the operation joins the queue, whatever the network; the queue sends it when it can.
 */
export function RecordDialog({ client, target, currency, replacing, onRecorded, onClose }: RecordDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useCurrentUser();
  const kind = target.kind;
  const dailyAmount = kind === 'TontineContribution' ? target.participant.dailyAmount : null;
  const money = (amount: number) => formatMoney(amount, currency, locale);

  const record = useMutation({
    // It writes to the phone, not to the network: React Query must not hold it back while offline.
    networkMode: 'always',
    mutationFn: ({ data, idempotencyKey }: Review<RecordInput>) => {
      const operation: RecordedOperation = {
        kind,
        targetId: targetId(target),
        amount: data.amount,
        days: data.days,
        reference: data.reference,
        summary: {
          clientId: client.id,
          clientName: clientName(client),
          clientNumber: client.number,
          targetLabel: targetLabel(target),
          total: data.total,
          currency,
          recordedBy: user.displayName,
        },
      };
      return replacing
        ? replaceRefused(offlineDb, replacing, operation, idempotencyKey)
        : enqueue(offlineDb, user.id, operation, idempotencyKey);
    },
  });
  const { register, handleSubmit, setError, formState, control } = useForm<RecordFormValues, unknown, RecordInput>({
    resolver: zodResolver(recordInputSchema(kind, currency, dailyAmount)),
    defaultValues: defaultValues(target, replacing),
  });
  const steps = useReviewSteps<RecordInput, RecordFormValues>({ mutation: record, setError, fields: FIELDS, onClose });
  const mode = useWatch({ control, name: 'mode' });
  const { errors } = formState;
  const title = t(`sync.kinds.${kind}`) + ' — ' + clientName(client);

  if (!isUsable(kind, targetStatus(target))) {
    return (
      <NoticeDialog title={title} variant="warning" onClose={onClose}>
        {t('sync.record.notUsable', { status: targetStatus(target) })}
      </NoticeDialog>
    );
  }

  const context: Detail[] = [
    { label: t('common.client'), value: `${clientName(client)} (${client.number})` },
    ...targetDetails(target, t, money, locale),
  ];

  return (
    <ReviewSteps
      title={title}
      steps={steps}
      onClose={onClose}
      onReview={handleSubmit(steps.startReview)}
      inlineFields={FIELDS}
      reviewMessage={t('sync.record.reviewMessage')}
      details={(data) => [
        { label: t('operations.operation'), value: t(`sync.kinds.${kind}`) },
        ...context,
        ...(data.days !== null ? [{ label: t('sync.record.days'), value: formatInteger(data.days, locale) }] : []),
        { label: t('operations.amount'), value: <strong>{money(data.total)}</strong> },
        { label: t('operations.channel'), value: t('channels.Cash') },
        { label: t('operations.reference'), value: data.reference },
      ]}
      onConfirm={() => steps.send((review) => record.mutateAsync(review), onRecorded)}
      mutation={record}
      fields={
        <>
          <div className="mb-3">
            <DetailsList details={context} />
          </div>
          {dailyAmount !== null && (
            <InlineChoiceField
              legend={t('sync.record.mode')}
              registration={register('mode')}
              options={[
                { value: 'days', label: t('sync.record.byDays') },
                { value: 'amount', label: t('sync.record.byAmount') },
              ]}
            />
          )}
          {dailyAmount !== null && mode === 'days' ? (
            <TextField label={t('sync.record.days')} registration={register('days')} error={errors.days} inputMode="numeric" />
          ) : (
            <AmountField
              currency={currency}
              registration={register('amount')}
              error={errors.amount}
              hint={dailyAmount !== null ? t('sync.record.multipleHint', { amount: money(dailyAmount) }) : undefined}
            />
          )}
          <TextField label={t('operations.reference')} registration={register('reference')} error={errors.reference} />
          <p className="small text-body-secondary mb-0">{t('sync.record.cashOnly')}</p>
        </>
      }
    />
  );
}

function targetDetails(
  target: Target,
  t: (key: string, options?: Record<string, unknown>) => string,
  money: (amount: number) => string,
  locale: ReturnType<typeof useLocale>,
): Detail[] {
  switch (target.kind) {
    case 'Deposit':
      return [
        { label: t('sync.client.account'), value: `${target.account.number} — ${target.account.productName}` },
        { label: t('sync.client.lastKnownBalance'), value: money(target.account.balance) },
      ];
    case 'LoanRepayment': {
      const next = target.loan.nextInstallment;
      return [
        { label: t('sync.client.loan'), value: target.loan.number },
        {
          label: t('sync.client.nextInstallment'),
          value:
            next &&
            t('sync.client.installmentValue', {
              number: next.number,
              date: formatDate(next.dueDate, locale),
              amount: money(next.amountDue),
            }),
        },
        { label: t('sync.client.amountOverdue'), value: money(target.loan.amountOverdue) },
      ];
    }
    case 'TontineContribution':
      return [
        { label: t('sync.client.tontine'), value: target.participant.tontineName },
        { label: t('sync.client.dailyAmount'), value: money(target.participant.dailyAmount) },
      ];
  }
}
