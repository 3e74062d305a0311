import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState, type ReactNode } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DetailsList } from '@/components/ui/details-list';
import { DialogHeader } from '@/components/ui/dialog-header';
import { ErrorAlert } from '@/components/ui/error-alert';
import { AmountField, SelectField, TextField } from '@/components/ui/form-fields';
import { QueryView } from '@/components/ui/query-view';
import { ReviewSteps, useReviewSteps } from '@/components/ui/review-steps';
import { paths } from '@/config/paths';
import {
  createPaymentInputSchema,
  DEFAULT_PROVIDER,
  useCreatePayment,
  type CreatePaymentFormValues,
  type CreatePaymentInput,
  type PaymentTarget,
} from '@/features/payments/api/create-payment';
import { usePayment } from '@/features/payments/api/get-payment';
import { usePaymentProviders, type PaymentProvider } from '@/features/payments/api/get-payment-providers';
import type { Payment } from '@/features/payments/api/get-payments';
import { useReconcilePayment } from '@/features/payments/api/reconcile-payment';
import { PaymentOutcome, receiptHref } from '@/features/payments/components/payment-outcome';
import { PaymentStatusBadge } from '@/features/payments/components/payment-status-badge';
import { usePaymentWords } from '@/features/payments/components/use-payment-words';
import { POLICIES, useIsAllowed } from '@/lib/authorization';
import { formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const FIELDS = ['amount', 'payerPhone', 'provider'] as const;

/** An amount as an agent types it, digits grouped by spaces ("150 000"), which the amount's rule reads back. */
const asTyped = (amount: number) => String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

type PaymentFormProps = {
  title: string;
  target: PaymentTarget;
  payerPhone?: string;
  providers: readonly PaymentProvider[];
  onCreated: (payment: Payment) => void;
  onClose: () => void;
};

/** The amount, the payer's phone and the provider; then a review to confirm — its idempotency key made as it opens. */
function PaymentForm({ title, target, payerPhone, providers, onCreated, onClose }: PaymentFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const create = useCreatePayment();
  const money = (amount: number) => formatMoney(amount, target.currency, locale);
  const fixed = target.fixedAmount !== undefined;
  const { register, handleSubmit, setError, setValue, getFieldState, formState } = useForm({
    resolver: zodResolver(createPaymentInputSchema(target.currency, target.maxAmount)),
    defaultValues: {
      amount: fixed ? asTyped(target.fixedAmount ?? 0) : '',
      payerPhone: payerPhone ?? '',
      provider: providers.some((provider) => provider.code === DEFAULT_PROVIDER)
        ? DEFAULT_PROVIDER
        : (providers[0]?.code ?? ''),
    },
  });
  const steps = useReviewSteps<CreatePaymentInput, CreatePaymentFormValues>({
    mutation: create,
    setError,
    fields: FIELDS,
    onClose,
  });
  const { errors } = formState;

  // The client's number may arrive once the dialog is open: it fills the field, unless the agent has typed in it.
  useEffect(() => {
    if (payerPhone && !getFieldState('payerPhone').isDirty) setValue('payerPhone', payerPhone);
  }, [payerPhone, getFieldState, setValue]);

  const providerName = (code: string) => providers.find((provider) => provider.code === code)?.name ?? code;
  const confirm = () =>
    steps.send((review) => create.mutateAsync({ purpose: target.purpose, targetId: target.id, ...review }), onCreated);

  return (
    <ReviewSteps
      title={title}
      steps={steps}
      onClose={onClose}
      onReview={handleSubmit(steps.startReview)}
      inlineFields={FIELDS}
      reviewMessage={t('payments.reviewMessage')}
      details={(data) => [
        { label: t('operations.operation'), value: t(`paymentPurposes.${target.purpose}`) },
        { label: t(`payments.targetKinds.${target.purpose}`), value: target.number },
        { label: t('payments.client'), value: target.clientName },
        { label: t('operations.amount'), value: <strong>{money(data.amount)}</strong> },
        { label: t('payments.payerPhone'), value: data.payerPhone },
        { label: t('payments.provider'), value: providerName(data.provider) },
      ]}
      onConfirm={confirm}
      mutation={create}
      fields={
        <>
          <p>
            {t(`payments.intro.${target.purpose}`, {
              name: target.clientName,
              outstanding: target.maxAmount === undefined ? '' : money(target.maxAmount),
            })}
          </p>
          <AmountField
            currency={target.currency}
            registration={register('amount')}
            error={errors.amount}
            readOnly={fixed}
            hint={fixed ? t('payments.fixedAmount') : undefined}
          />
          <TextField
            type="tel"
            autoComplete="tel"
            label={t('payments.payerPhone')}
            registration={register('payerPhone')}
            error={errors.payerPhone}
            hint={t('payments.payerPhoneHint')}
          />
          {providers.length === 0 && <Alert variant="warning">{t('payments.noProvider')}</Alert>}
          <SelectField label={t('payments.provider')} registration={register('provider')} error={errors.provider}>
            {providers.map((provider) => (
              <option key={provider.code} value={provider.code}>
                {provider.name}
              </option>
            ))}
          </SelectField>
        </>
      }
    />
  );
}

/** A modal with only a title, a body and a button to close. */
function PlainDialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Modal aria-labelledby={titleId} show onHide={onClose} centered>
      <DialogHeader id={titleId} title={title} />
      <Modal.Body>{children}</Modal.Body>
      <Modal.Footer>
        <Button variant="outline-secondary" onClick={onClose}>
          {t('common.close')}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}

/** What the payer must do, then the status as it changes (asked every second while Pending), then the outcome. */
function PaymentProgress({ payment }: { payment: Payment }) {
  const { t } = useTranslation();
  const words = usePaymentWords();
  const pending = payment.status === 'Pending';
  return (
    <>
      {/* Read out as it changes: the agent may be looking at the payer rather than the screen. */}
      <div role="status" className="mb-3">
        <PaymentOutcome payment={payment} />
      </div>
      {pending && payment.payerInstructions && (
        <div className="border rounded p-2 mb-3 bg-body-tertiary">
          <h3 className="h6">{t('payments.instructions')}</h3>
          <p className="mb-0">{payment.payerInstructions}</p>
          {payment.checkoutUrl && (
            <a href={payment.checkoutUrl} target="_blank" rel="noreferrer" className="d-inline-block mt-2">
              {t('payments.openCheckout')}
            </a>
          )}
        </div>
      )}
      <DetailsList
        details={[
          { label: t('common.status'), value: <PaymentStatusBadge status={payment.status} /> },
          { label: t('operations.amount'), value: <strong>{words.amount(payment)}</strong> },
          { label: t('payments.payerPhone'), value: payment.payerPhone },
          {
            label: t('payments.providerReference'),
            value: payment.providerReference && <span className="text-break">{payment.providerReference}</span>,
          },
        ]}
      />
      {pending && <p className="small text-body-secondary mt-2 mb-0">{t('payments.canClose')}</p>}
    </>
  );
}

/** The payment once asked: followed live until it settles, with its receipt once posted. */
function PaymentProgressDialog({ paymentId, title, onClose }: { paymentId: string; title: string; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const payment = usePayment(paymentId);
  const reconcile = useReconcilePayment();
  const canReconcile = useIsAllowed(POLICIES.paymentCollection);
  const data = payment.data;
  const receipt = data ? receiptHref(data) : null;

  return (
    <Modal aria-labelledby={titleId} show onHide={onClose} centered>
      <DialogHeader id={titleId} title={title} />
      <Modal.Body>
        {/* A poll that failed keeps what was last known on screen (the next one may well succeed). */}
        {data ? (
          <PaymentProgress payment={data} />
        ) : (
          <QueryView query={payment}>{(loaded) => <PaymentProgress payment={loaded} />}</QueryView>
        )}
        {data?.status === 'Pending' && canReconcile && (
          // The provider's answer may be lost: it can be asked for now rather than in a few minutes.
          <Button
            variant="link"
            size="sm"
            className="px-0"
            disabled={reconcile.isPending}
            onClick={() => reconcile.mutate(paymentId)}
          >
            {t('payments.reconcile')}
          </Button>
        )}
        <ErrorAlert error={reconcile.error} className="mt-3 mb-0" />
      </Modal.Body>
      <Modal.Footer>
        <Link to={paths.payment.getHref(paymentId)} className="btn btn-outline-secondary me-auto">
          {t('payments.details')}
        </Link>
        {receipt && (
          <Link to={receipt} className="btn btn-outline-primary">
            {t('payments.receipt')}
          </Link>
        )}
        <Button onClick={onClose}>{t('common.close')}</Button>
      </Modal.Footer>
    </Modal>
  );
}

type StartPaymentDialogProps = {
  target: PaymentTarget;
  /** The client's phone, to prefill the payer's (it may arrive once the dialog is open). */
  payerPhone?: string;
  onClose: () => void;
};

/**
 * Asks a payer to pay by mobile money: the form and its review, then — once the API has asked the provider — the
 * payer's instructions and the status changing live until the provider confirms, with the receipt of what it posted.
 */
export function StartPaymentDialog({ target, payerPhone, onClose }: StartPaymentDialogProps) {
  const { t } = useTranslation();
  const providers = usePaymentProviders();
  const [paymentId, setPaymentId] = useState<string | null>(null);
  const title = t(`payments.titles.${target.purpose}`, { number: target.number });

  if (paymentId) return <PaymentProgressDialog paymentId={paymentId} title={title} onClose={onClose} />;
  if (!providers.data) {
    return (
      <PlainDialog title={title} onClose={onClose}>
        <QueryView query={providers}>{() => null}</QueryView>
      </PlainDialog>
    );
  }
  return (
    <PaymentForm
      title={title}
      target={target}
      payerPhone={payerPhone}
      providers={providers.data.filter((provider) => provider.isActive)}
      onCreated={(payment) => setPaymentId(payment.id)}
      onClose={onClose}
    />
  );
}
