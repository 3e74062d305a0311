import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { MyDrawer } from '@/features/treasury/components/my-drawer';
import { Authorization, POLICIES } from '@/lib/authorization';

/** "Ma caisse": the signed-in cashier's drawer, on a phone as on a desk. */
export default function MyDrawerRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.cashDrawer} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('treasury.title')} />
      <MyDrawer />
    </Authorization>
  );
}
