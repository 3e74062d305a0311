import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { Journal } from '@/features/accounting/components/journal';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function JournalRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.accounting} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('journal.title')} />
      <Journal />
    </Authorization>
  );
}
