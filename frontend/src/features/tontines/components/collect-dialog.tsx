import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DetailsList } from '@/components/ui/details-list';
import { DialogHeader } from '@/components/ui/dialog-header';
import { AmountField, InlineChoiceField, TextField } from '@/components/ui/form-fields';
import { ReviewSteps, useReviewSteps } from '@/components/ui/review-steps';
import { paths } from '@/config/paths';
import {
  contributionInputSchema,
  typedDays,
  useContribute,
  type ContributionFormValues,
  type ContributionInput,
  type ContributionReceipt,
} from '@/features/tontines/api/contribute';
import type { Participant } from '@/features/tontines/api/get-participants';
import { cellsText } from '@/features/tontines/components/cells';
import { formatDate, formatDateTime, formatInteger, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const FIELDS = ['days', 'amount'] as const;

type ReceiptDialogProps = {
  receipt: ContributionReceipt;
  currency: string;
  /** A link to the participant's page (from the daily round, which does not show the booklet). */
  showParticipantLink: boolean;
  onClose: () => void;
};

/** What was collected, as the collector tells the client: the days, the cells, the commission and the new balance. */
function ContributionReceiptDialog({ receipt, currency, showParticipantLink, onClose }: ReceiptDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleId = useId();
  const { contribution, participant } = receipt;
  const money = (amount: number) => formatMoney(amount, currency, locale);
  return (
    <Modal aria-labelledby={titleId} show onHide={onClose} centered>
      <DialogHeader id={titleId} title={t('tontines.collect.receiptTitle')} />
      <Modal.Body>
        <p className="text-success fw-semibold" role="status">
          {t('tontines.collect.done', { amount: money(contribution.amount), name: participant.clientName })}
        </p>
        <DetailsList
          details={[
            { label: t('tontines.collect.journalEntry'), value: `N° ${contribution.journalEntryNumber}` },
            { label: t('tontines.collect.date'), value: formatDateTime(contribution.createdAt, locale) },
            { label: t('common.client'), value: `${participant.clientName} (${participant.clientNumber})` },
            { label: t('tontines.participant.tontine'), value: participant.tontineName },
            { label: t('tontines.collect.days'), value: formatInteger(contribution.days, locale) },
            {
              label: t('tontines.collect.cells'),
              value: cellsText(contribution.firstCell, contribution.lastCell, participant.cycleLengthDays, t),
            },
            { label: t('tontines.collect.total'), value: <strong className="fs-5">{money(contribution.amount)}</strong> },
            { label: t('tontines.collect.commissionPart'), value: money(contribution.commissionAmount) },
            { label: t('tontines.collect.savingPart'), value: money(contribution.savingAmount) },
            { label: t('tontines.collect.newBalance'), value: <strong>{money(participant.savedBalance)}</strong> },
            { label: t('tontines.collect.collectedBy'), value: contribution.collectedByName },
          ]}
        />
      </Modal.Body>
      <Modal.Footer>
        {showParticipantLink && (
          <Link to={paths.tontineParticipant.getHref(participant.id)} className="btn btn-outline-secondary me-auto">
            {t('tontines.round.openBooklet')}
          </Link>
        )}
        <Button onClick={onClose}>{t('common.close')}</Button>
      </Modal.Footer>
    </Modal>
  );
}

type CollectDialogProps = {
  participant: Participant;
  currency: string;
  showParticipantLink?: boolean;
  onClose: () => void;
};

/**
 * "Collect": a number of days (1 unless changed) or an amount that is a whole number of daily amounts, its total shown
 * as it is typed; then a review the collector confirms (its Idempotency-Key made as the review opens, so a retry or a
 * double click collects once), then the receipt.
 */
export function CollectDialog({ participant, currency, showParticipantLink = false, onClose }: CollectDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const contribute = useContribute();
  const [receipt, setReceipt] = useState<ContributionReceipt | null>(null);
  const { register, handleSubmit, setError, formState, control } = useForm<
    ContributionFormValues,
    unknown,
    ContributionInput
  >({
    resolver: zodResolver(contributionInputSchema(currency, participant.dailyAmount)),
    defaultValues: { mode: 'days', days: '1', amount: '' },
  });
  const steps = useReviewSteps<ContributionInput, ContributionFormValues>({
    mutation: contribute,
    setError,
    fields: FIELDS,
    onClose,
  });
  const values = useWatch({ control });
  const mode = values.mode ?? 'days';
  const days = typedDays({ mode, days: values.days ?? '', amount: values.amount ?? '' }, participant.dailyAmount);
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const { errors } = formState;

  if (receipt) {
    return (
      <ContributionReceiptDialog
        receipt={receipt}
        currency={currency}
        showParticipantLink={showParticipantLink}
        onClose={onClose}
      />
    );
  }

  const confirm = () =>
    steps.send((review) => contribute.mutateAsync({ participantId: participant.id, ...review }), setReceipt);

  return (
    <ReviewSteps
      title={t('tontines.collect.title', { name: participant.clientName })}
      steps={steps}
      onClose={onClose}
      onReview={handleSubmit(steps.startReview)}
      inlineFields={FIELDS}
      details={(data) => [
        { label: t('operations.operation'), value: t('tontines.collect.operation') },
        { label: t('common.client'), value: `${participant.clientName} (${participant.clientNumber})` },
        { label: t('tontines.participant.tontine'), value: participant.tontineName },
        { label: t('tontines.dailyAmount'), value: money(participant.dailyAmount) },
        { label: t('tontines.collect.days'), value: formatInteger(data.days, locale) },
        { label: t('tontines.collect.total'), value: <strong>{money(data.amount)}</strong> },
        { label: t('operations.channel'), value: t('channels.Cash') },
      ]}
      onConfirm={confirm}
      mutation={contribute}
      fields={
        <>
          <p className="mb-2">
            {t('tontines.collect.intro', {
              amount: money(participant.dailyAmount),
              last: participant.lastContributionOn ? formatDate(participant.lastContributionOn, locale) : '—',
            })}
          </p>
          <InlineChoiceField
            legend={t('tontines.collect.mode')}
            registration={register('mode')}
            options={[
              { value: 'days', label: t('tontines.collect.byDays') },
              { value: 'amount', label: t('tontines.collect.byAmount') },
            ]}
          />
          {mode === 'days' ? (
            <TextField
              label={t('tontines.collect.days')}
              registration={register('days')}
              error={errors.days}
              inputMode="numeric"
            />
          ) : (
            <AmountField
              currency={currency}
              registration={register('amount')}
              error={errors.amount}
              hint={t('tontines.collect.multipleHint', { amount: money(participant.dailyAmount) })}
            />
          )}
          <p className="mb-0" role="status" aria-live="polite">
            {days === null
              ? t('tontines.collect.totalPending')
              : t('tontines.collect.totalLine', {
                  count: days,
                  days: formatInteger(days, locale),
                  daily: money(participant.dailyAmount),
                  total: money(days * participant.dailyAmount),
                })}
          </p>
        </>
      }
    />
  );
}
