import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { DepositProductsList } from '@/features/deposits/components/deposit-products-list';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function DepositProductsRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.depositProducts} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('depositProducts.title')} />
      <DepositProductsList />
    </Authorization>
  );
}
