import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { CategoriesList } from '@/features/deposits/components/categories-list';
import { Authorization, POLICIES } from '@/lib/authorization';

/** The categories of movements (`/categories`): read by every role that reads accounts, kept by the administrator. */
export default function CategoriesRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.clients} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('categories.title')} />
      <CategoriesList />
    </Authorization>
  );
}
