import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import Card from 'react-bootstrap/Card';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DetailsList } from '@/components/ui/details-list';
import { ErrorAlert } from '@/components/ui/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { QueryView } from '@/components/ui/query-view';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { Section } from '@/components/ui/section';
import { paths } from '@/config/paths';
import { usePayment } from '@/features/payments/api/get-payment';
import { usePaymentProviders } from '@/features/payments/api/get-payment-providers';
import type { Payment, PaymentEvent } from '@/features/payments/api/get-payments';
import { useReconcilePayment } from '@/features/payments/api/reconcile-payment';
import { useResolvePayment, type PaymentResolution } from '@/features/payments/api/resolve-payment';
import { PaymentOutcome, receiptHref, targetHref } from '@/features/payments/components/payment-outcome';
import { PaymentStatusBadge } from '@/features/payments/components/payment-status-badge';
import { usePaymentWords } from '@/features/payments/components/use-payment-words';
import { POLICIES, useIsAllowed } from '@/lib/authorization';
import { formatDateTime, formatTimestamp } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const RESOLUTIONS = ['Post', 'Refunded'] as const satisfies readonly PaymentResolution[];

/** A supervisor's decision on a flagged payment, with its reason: post what arrived, or record its refund. */
function ResolvePaymentDialog({
  payment,
  resolution,
  onClose,
}: {
  payment: Payment;
  resolution: PaymentResolution;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const words = usePaymentWords();
  const resolve = useResolvePayment();
  const key = resolution === 'Post' ? 'post' : 'refund';
  return (
    <ReasonDialog
      title={t(`payments.resolve.${key}Title`)}
      message={t(`payments.resolve.${key}Message`, {
        received: words.received(payment) ?? words.amount(payment),
        amount: words.amount(payment),
        target: t(`payments.targetKinds.${payment.purpose}`).toLowerCase(),
        number: payment.targetNumber,
        name: payment.clientName,
        phone: payment.payerPhone,
      })}
      label={t('payments.resolve.reason')}
      submitLabel={t(`payments.resolve.${key}Submit`)}
      isPending={resolve.isPending}
      error={resolve.error}
      onSubmit={(data, onError) => resolve.mutate({ id: payment.id, resolution, data }, { onSuccess: onClose, onError })}
      onClose={onClose}
    />
  );
}

/** What the user may do with the payment now: ask the provider while it waits, resolve it once flagged, its receipt. */
function PaymentActions({ payment }: { payment: Payment }) {
  const { t } = useTranslation();
  const canReconcile = useIsAllowed(POLICIES.paymentCollection);
  const canResolve = useIsAllowed(POLICIES.paymentResolution);
  const reconcile = useReconcilePayment();
  const [resolving, setResolving] = useState<PaymentResolution | null>(null);
  const receipt = receiptHref(payment);

  return (
    <div className="d-flex flex-wrap gap-2 d-print-none">
      {payment.status === 'Pending' && canReconcile && (
        <Button variant="outline-primary" disabled={reconcile.isPending} onClick={() => reconcile.mutate(payment.id)}>
          {t('payments.reconcile')}
        </Button>
      )}
      {payment.status === 'Flagged' &&
        canResolve &&
        RESOLUTIONS.map((resolution) => (
          <Button
            key={resolution}
            variant={resolution === 'Post' ? 'primary' : 'outline-danger'}
            onClick={() => setResolving(resolution)}
          >
            {t(`payments.resolve.${resolution === 'Post' ? 'post' : 'refund'}`)}
          </Button>
        ))}
      {receipt && (
        <Link to={receipt} className="btn btn-primary">
          {t('payments.receipt')}
        </Link>
      )}
      {reconcile.error !== null && <ErrorAlert error={reconcile.error} className="w-100 mb-0" />}
      {resolving && (
        <ResolvePaymentDialog payment={payment} resolution={resolving} onClose={() => setResolving(null)} />
      )}
    </div>
  );
}

/** What an event's detail says, in words: the provider's transaction, why it was flagged, how it was resolved. */
function useEventDetail() {
  const { t } = useTranslation();
  const words = usePaymentWords();
  return (event: PaymentEvent) => {
    const detail = event.detail;
    if (!detail) return null;
    switch (event.kind) {
      case 'Flagged':
        return words.flagReason(detail);
      case 'DeliveryReceived':
      case 'Verified':
        return `${t('payments.providerTransaction')} : ${detail}`;
      case 'Resolved': {
        // "Post: the reason" or "Refunded: the reason".
        const [resolution, ...reason] = detail.split(': ');
        const known = RESOLUTIONS.find((candidate) => candidate === resolution);
        return known ? `${t(`paymentResolutions.${known}`)} — ${reason.join(': ')}` : detail;
      }
      default:
        return detail;
    }
  };
}

/** The payment's history, oldest first, each step timed to the second. */
function PaymentHistory({ events }: { events: readonly PaymentEvent[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const eventDetail = useEventDetail();
  const ordered = [...events].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Section title={t('payments.history')}>
      {ordered.length === 0 ? (
        <p className="text-body-secondary">{t('payments.noEvents')}</p>
      ) : (
        <ol className="list-group">
          {ordered.map((event, index) => {
            const detail = eventDetail(event);
            return (
              <li key={`${event.kind}-${index}`} className="list-group-item">
                <div className="d-flex flex-wrap justify-content-between column-gap-3">
                  <span className="fw-semibold">{t(`paymentEvents.${event.kind}`)}</span>
                  <time dateTime={event.at} className="text-body-secondary small text-nowrap">
                    {formatTimestamp(event.at, locale)}
                  </time>
                </div>
                {detail && <div className="small text-body-secondary text-break">{detail}</div>}
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}

/** A provider's reference, long and without spaces: it wraps rather than widening a phone's page. */
const breakable = (value: string | null | undefined) => value && <span className="text-break">{value}</span>;

function PaymentPage({ payment }: { payment: Payment }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const words = usePaymentWords();
  const providers = usePaymentProviders();
  const received = words.received(payment);
  const providerName = providers.data?.find((provider) => provider.code === payment.provider)?.name;

  return (
    <>
      <PageHeader title={t('payments.detailTitle')} actions={<PaymentActions payment={payment} />} />
      <div role="status" className="mb-3">
        <PaymentOutcome payment={payment} />
      </div>
      <Card className="mb-4">
        <Card.Body>
          <p className="text-body-secondary mb-1">{t('payments.requested')}</p>
          <p className="display-6 mb-3">{words.amount(payment)}</p>
          <DetailsList
            details={[
              { label: t('common.status'), value: <PaymentStatusBadge status={payment.status} /> },
              { label: t('payments.purpose'), value: t(`paymentPurposes.${payment.purpose}`) },
              {
                label: t(`payments.targetKinds.${payment.purpose}`),
                value: <Link to={targetHref(payment)}>{payment.targetNumber}</Link>,
              },
              {
                label: t('payments.client'),
                value: <Link to={paths.client.getHref(payment.clientId)}>{payment.clientName}</Link>,
              },
              ...(received ? [{ label: t('payments.received'), value: <strong>{received}</strong> }] : []),
              ...(payment.flagReason
                ? [{ label: t('payments.flagReason'), value: words.flagReason(payment.flagReason) }]
                : []),
              ...(payment.resolutionReason
                ? [{ label: t('payments.resolutionReason'), value: payment.resolutionReason }]
                : []),
              { label: t('payments.payerPhone'), value: payment.payerPhone },
              {
                label: t('payments.provider'),
                value: providerName ? `${providerName} (${payment.provider})` : payment.provider,
              },
              { label: t('payments.providerReference'), value: breakable(payment.providerReference) },
              { label: t('payments.providerTransaction'), value: breakable(payment.providerTransactionId) },
              { label: t('payments.instructionsSent'), value: payment.payerInstructions },
              { label: t('payments.createdAt'), value: formatDateTime(payment.createdAt, locale) },
              { label: t('payments.settledAt'), value: payment.settledAt && formatDateTime(payment.settledAt, locale) },
            ]}
          />
        </Card.Body>
      </Card>
      <PaymentHistory events={payment.events} />
    </>
  );
}

/** A payment's page: where it stands (followed live while Pending), what it is for, and its history. */
export function PaymentDetails({ paymentId }: { paymentId: string }) {
  const payment = usePayment(paymentId);
  // A poll that failed keeps what was last known on screen (the next one may well succeed).
  if (payment.data) return <PaymentPage payment={payment.data} />;
  return <QueryView query={payment}>{(data) => <PaymentPage payment={data} />}</QueryView>;
}
