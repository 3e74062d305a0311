import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { ManualEntryForm } from '@/features/accounting/components/manual-entry-form';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function NewManualEntryRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.bookkeeping} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('manualEntries.new')} />
      <ManualEntryForm />
    </Authorization>
  );
}
