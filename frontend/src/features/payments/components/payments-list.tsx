import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import Col from 'react-bootstrap/Col';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { FiltersForm, PeriodFields } from '@/components/ui/filters-form';
import { SelectField } from '@/components/ui/form-fields';
import { PagedTable } from '@/components/ui/paged-table';
import { Section } from '@/components/ui/section';
import { EnumOptions } from '@/components/ui/select-options';
import { paths } from '@/config/paths';
import { usePaymentProviders } from '@/features/payments/api/get-payment-providers';
import {
  PAYMENT_PURPOSES,
  PAYMENT_STATUSES,
  paymentFiltersSchema,
  usePayments,
  type PaymentFilters,
  type PaymentFiltersInput,
} from '@/features/payments/api/get-payments';
import { targetHref } from '@/features/payments/components/payment-outcome';
import { PaymentStatusBadge } from '@/features/payments/components/payment-status-badge';
import { usePaymentWords } from '@/features/payments/components/use-payment-words';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 20;
const NO_FILTERS: PaymentFiltersInput = { status: '', purpose: '', provider: '', from: '', to: '' };

/**
 * The institution's mobile-money payments, newest first, by status, purpose, provider and period. On a phone a row
 * is two columns: its date (the link to the payment) with what it was for under it, and its amount with its status.
 */
export function PaymentsList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const words = usePaymentWords();
  const [filters, setFilters] = useState<Partial<PaymentFilters>>({});
  const [page, setPage] = useState(1);
  const payments = usePayments({ ...filters, page, pageSize: PAGE_SIZE });
  const providers = usePaymentProviders();
  const { register, handleSubmit, reset, formState } = useForm({
    resolver: zodResolver(paymentFiltersSchema),
    defaultValues: NO_FILTERS,
  });
  const providerName = (code: string) => providers.data?.find((provider) => provider.code === code)?.name ?? code;
  const applyFilters = (next: Partial<PaymentFilters>) => {
    setFilters(next);
    setPage(1);
  };
  const wide = 'd-none d-md-table-cell';

  return (
    <Section title={t('payments.all')}>
      <FiltersForm
        label={t('payments.filters')}
        onSubmit={handleSubmit(applyFilters)}
        onClear={() => {
          reset(NO_FILTERS);
          applyFilters({});
        }}
      >
        <Col xs={6} lg>
          <SelectField className="" label={t('payments.status')} registration={register('status')}>
            <option value="">{t('payments.allStatuses')}</option>
            <EnumOptions values={PAYMENT_STATUSES} labelKey="paymentStatuses" />
          </SelectField>
        </Col>
        <Col xs={6} lg>
          <SelectField className="" label={t('payments.purpose')} registration={register('purpose')}>
            <option value="">{t('payments.allPurposes')}</option>
            <EnumOptions values={PAYMENT_PURPOSES} labelKey="paymentPurposes" />
          </SelectField>
        </Col>
        <Col xs={12} lg>
          <SelectField className="" label={t('payments.provider')} registration={register('provider')}>
            <option value="">{t('payments.allProviders')}</option>
            {providers.data?.map((provider) => (
              <option key={provider.code} value={provider.code}>
                {provider.name}
              </option>
            ))}
          </SelectField>
        </Col>
        <PeriodFields
          from={{ registration: register('from'), error: formState.errors.from }}
          to={{ registration: register('to'), error: formState.errors.to }}
        />
      </FiltersForm>

      <PagedTable
        query={payments}
        hover
        className="align-middle"
        columnCount={7}
        headers={
          <>
            <th>{t('payments.createdAt')}</th>
            <th className={wide}>{t('payments.purpose')}</th>
            <th className={wide}>{t('payments.target')}</th>
            <th className="d-none d-lg-table-cell">{t('payments.payerPhone')}</th>
            <th className="d-none d-lg-table-cell">{t('payments.provider')}</th>
            <th className="text-end">{t('payments.amount')}</th>
            <th className={wide}>{t('payments.status')}</th>
          </>
        }
        renderRow={(payment) => {
          const status = (
            <>
              <PaymentStatusBadge status={payment.status} />
              {payment.status === 'Flagged' && payment.flagReason && (
                <div className="small text-body-secondary">{words.flagReason(payment.flagReason)}</div>
              )}
            </>
          );
          return (
            <tr key={payment.id}>
              <td>
                <Link to={paths.payment.getHref(payment.id)}>{formatDateTime(payment.createdAt, locale)}</Link>
                {/* On a phone, what the hidden columns say. */}
                <div className="small text-body-secondary d-md-none">
                  {t(`paymentPurposes.${payment.purpose}`)} · <span className="text-nowrap">{payment.targetNumber}</span>
                  <br />
                  {payment.clientName}
                </div>
              </td>
              <td className={wide}>{t(`paymentPurposes.${payment.purpose}`)}</td>
              <td className={wide}>
                <Link to={targetHref(payment)} className="text-nowrap">
                  {payment.targetNumber}
                </Link>
                <div className="small">{payment.clientName}</div>
              </td>
              <td className="d-none d-lg-table-cell text-nowrap">{payment.payerPhone}</td>
              <td className="d-none d-lg-table-cell">{providerName(payment.provider)}</td>
              <td className="text-end">
                <span className="text-nowrap">{words.amount(payment)}</span>
                <div className="d-md-none">{status}</div>
              </td>
              <td className={wide}>{status}</td>
            </tr>
          );
        }}
        emptyMessage={t('payments.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
    </Section>
  );
}
