import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { useForm, type FieldError, type UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { FormDialog } from '@/components/ui/form-dialog';
import { TextField } from '@/components/ui/form-fields';
import { PagedTable } from '@/components/ui/paged-table';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { Section } from '@/components/ui/section';
import { useOrphanPayments, type OrphanPayment } from '@/features/payments/api/get-orphan-payments';
import { usePaymentProviders } from '@/features/payments/api/get-payment-providers';
import { creditOrphanInputSchema, useResolveOrphanPayment } from '@/features/payments/api/resolve-orphan-payment';
import { usePaymentWords } from '@/features/payments/components/use-payment-words';
import { POLICIES, useIsAllowed } from '@/lib/authorization';
import { setApiFieldErrors } from '@/lib/form-errors';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 10;
const ORPHAN_STATUSES = ['Open', 'Resolved'] as const satisfies readonly OrphanPayment['status'][];
const CREDIT_FIELDS = ['accountId', 'reason'] as const;

/**
 * The field that picks the deposit account to credit (the deposits' account picker, composed by the page: features
 * do not import each other). It registers the account's id under the form's `accountId`.
 */
export type AccountPickerSlot = (field: {
  label: string;
  registration: UseFormRegisterReturn;
  error?: FieldError;
}) => ReactNode;

type OrphanDialogProps = { orphan: OrphanPayment; amount: string; payer: string; onClose: () => void };

/** Credits the orphan payment to an active deposit account, with a reason (a deposit, channel MobileMoney). */
function CreditOrphanDialog({
  orphan,
  amount,
  payer,
  accountPicker,
  onClose,
}: OrphanDialogProps & { accountPicker: AccountPickerSlot }) {
  const { t } = useTranslation();
  const resolve = useResolveOrphanPayment();
  const { register, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(creditOrphanInputSchema),
    defaultValues: { accountId: '', reason: '' },
  });
  return (
    <FormDialog
      title={t('payments.orphans.creditTitle')}
      submitLabel={t('payments.orphans.creditSubmit')}
      onClose={onClose}
      onSubmit={handleSubmit((data) =>
        resolve.mutate(
          { id: orphan.id, resolution: 'Post', data },
          { onSuccess: onClose, onError: (error) => setApiFieldErrors(error, CREDIT_FIELDS, setError) },
        ),
      )}
      isPending={resolve.isPending}
      error={resolve.error}
      inlineFields={CREDIT_FIELDS}
    >
      <p>
        {t('payments.orphans.creditMessage', { amount, payer, transaction: orphan.providerTransactionId })}
      </p>
      {accountPicker({
        label: t('payments.orphans.account'),
        registration: register('accountId'),
        error: formState.errors.accountId,
      })}
      <TextField
        label={t('payments.orphans.reasonLabel')}
        registration={register('reason')}
        error={formState.errors.reason}
      />
    </FormDialog>
  );
}

/** Records that the money went back to the payer, with a reason: nothing is posted. */
function RefundOrphanDialog({ orphan, amount, payer, onClose }: OrphanDialogProps) {
  const { t } = useTranslation();
  const resolve = useResolveOrphanPayment();
  return (
    <ReasonDialog
      title={t('payments.orphans.refundTitle')}
      message={t('payments.orphans.refundMessage', { amount, payer })}
      label={t('payments.orphans.reasonLabel')}
      submitLabel={t('payments.orphans.refundSubmit')}
      isPending={resolve.isPending}
      error={resolve.error}
      onSubmit={(data, onError) =>
        resolve.mutate({ id: orphan.id, resolution: 'Refunded', data }, { onSuccess: onClose, onError })
      }
      onClose={onClose}
    />
  );
}

type Decision = { kind: 'credit' | 'refund'; orphan: OrphanPayment };

/**
 * Money a provider confirmed for no pending payment, oldest first: a supervisor credits each to a deposit account or
 * records its refund. On a phone the amount, the payer and the reason stack under the date, leaving room for the buttons.
 */
export function OrphanPayments({ accountPicker }: { accountPicker: AccountPickerSlot }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const words = usePaymentWords();
  const canResolve = useIsAllowed(POLICIES.paymentResolution);
  const [status, setStatus] = useState<OrphanPayment['status']>('Open');
  const [page, setPage] = useState(1);
  const [decision, setDecision] = useState<Decision | null>(null);
  const orphans = useOrphanPayments({ status, page, pageSize: PAGE_SIZE });
  const providers = usePaymentProviders();
  const providerName = (code: string) => providers.data?.find((provider) => provider.code === code)?.name ?? code;
  const payer = (orphan: OrphanPayment) => orphan.payerPhone ?? t('payments.orphans.unknownPayer');
  const open = status === 'Open';
  const showActions = open && canResolve;
  const wide = 'd-none d-md-table-cell';
  const close = () => setDecision(null);

  return (
    <Section
      title={t('payments.orphans.title')}
      actions={
        <Form.Select
          aria-label={t('payments.orphans.statusFilter')}
          value={status}
          className="w-auto mw-100"
          onChange={(event) => {
            setStatus(event.target.value === 'Resolved' ? 'Resolved' : 'Open');
            setPage(1);
          }}
        >
          {ORPHAN_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`payments.orphans.statuses.${value}`)}
            </option>
          ))}
        </Form.Select>
      }
    >
      <p className="small text-body-secondary">{t('payments.orphans.intro')}</p>
      <PagedTable
        query={orphans}
        hover
        size="sm"
        className="align-middle"
        columnCount={6}
        headers={
          <>
            <th>{t('payments.orphans.receivedAt')}</th>
            <th className={`${wide} text-end`}>{t('payments.amount')}</th>
            <th className={wide}>{t('payments.orphans.payer')}</th>
            <th className={wide}>{t('payments.provider')}</th>
            <th className={wide}>{t('payments.orphans.reason')}</th>
            {showActions ? (
              <th className="text-end">{t('common.actions')}</th>
            ) : (
              <th className={wide}>{t('payments.orphans.resolution')}</th>
            )}
          </>
        }
        renderRow={(orphan) => {
          const resolution = orphan.resolution && (
            <>
              {t(`paymentResolutions.${orphan.resolution}`)}
              {orphan.resolutionReason && <div className="small text-body-secondary">{orphan.resolutionReason}</div>}
            </>
          );
          return (
            <tr key={orphan.id}>
              <td>
                {formatDateTime(orphan.receivedAt, locale)}
                {/* On a phone, what the hidden columns say: the buttons keep the room they need. */}
                <div className="d-md-none">
                  <strong className="text-nowrap">{words.amount(orphan)}</strong>
                  <div className="small text-body-secondary">
                    {payer(orphan)} · {providerName(orphan.provider)}
                    <br />
                    {t(`orphanReasons.${orphan.reason}`)}
                  </div>
                  {!showActions && resolution && <div className="small">{resolution}</div>}
                </div>
              </td>
              <td className={`${wide} text-end text-nowrap`}>{words.amount(orphan)}</td>
              <td className={`${wide} text-nowrap`}>{payer(orphan)}</td>
              <td className={wide}>
                {providerName(orphan.provider)}
                <div className="small text-body-secondary text-break">{orphan.providerTransactionId}</div>
              </td>
              <td className={wide}>{t(`orphanReasons.${orphan.reason}`)}</td>
              {showActions ? (
                <td className="text-end">
                  <div className="d-flex flex-column flex-xl-row justify-content-end gap-1">
                    <Button size="sm" onClick={() => setDecision({ kind: 'credit', orphan })}>
                      {t('payments.orphans.credit')}
                    </Button>
                    <Button
                      size="sm"
                      variant="outline-danger"
                      onClick={() => setDecision({ kind: 'refund', orphan })}
                    >
                      {t('payments.orphans.refund')}
                    </Button>
                  </div>
                </td>
              ) : (
                <td className={wide}>{resolution}</td>
              )}
            </tr>
          );
        }}
        emptyMessage={t('payments.orphans.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
      {decision && (
        <>
          {decision.kind === 'credit' ? (
            <CreditOrphanDialog
              orphan={decision.orphan}
              amount={words.amount(decision.orphan)}
              payer={payer(decision.orphan)}
              accountPicker={accountPicker}
              onClose={close}
            />
          ) : (
            <RefundOrphanDialog
              orphan={decision.orphan}
              amount={words.amount(decision.orphan)}
              payer={payer(decision.orphan)}
              onClose={close}
            />
          )}
        </>
      )}
    </Section>
  );
}
