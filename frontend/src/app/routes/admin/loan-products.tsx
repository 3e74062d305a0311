import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { LoanProductsList } from '@/features/loans/components/loan-products-list';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function LoanProductsRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.loanProducts} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('loanProducts.title')} />
      <LoanProductsList />
    </Authorization>
  );
}
