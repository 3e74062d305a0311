import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import type { Account } from '@/features/deposits/api/get-accounts';
import { AccountPicker } from '@/features/deposits/components/account-picker';
import { OrphanPayments, type AccountPickerSlot } from '@/features/payments/components/orphan-payments';
import { PaymentProvidersCard } from '@/features/payments/components/payment-providers-card';
import { PaymentsList } from '@/features/payments/components/payments-list';
import { Authorization, POLICIES } from '@/lib/authorization';

/** The account an orphan payment is credited to, found by number or holder (deposits) for the payments' dialog. */
function OrphanAccountPicker(field: Parameters<AccountPickerSlot>[0]) {
  const [picked, setPicked] = useState<Account | null>(null);
  return <AccountPicker excludeId="" picked={picked} onPick={setPicked} {...field} />;
}

/**
 * Mobile-money payments: the providers and their refused deliveries (administrator), the orphan payments to handle
 * (supervisors, and those who read the books), then every payment with its filters.
 */
export default function PaymentsRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.payments} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('payments.title')} />
      <Authorization allowed={POLICIES.paymentProviders}>
        <PaymentProvidersCard />
      </Authorization>
      <Authorization allowed={POLICIES.orphanPayments}>
        <OrphanPayments accountPicker={(field) => <OrphanAccountPicker {...field} />} />
      </Authorization>
      <PaymentsList />
    </Authorization>
  );
}
