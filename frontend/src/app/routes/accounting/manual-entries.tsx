import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { ApprovalThreshold } from '@/features/accounting/components/approval-threshold';
import { ManualEntries } from '@/features/accounting/components/manual-entries';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function ManualEntriesRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.accounting} forbiddenFallback={<Forbidden />}>
      <PageHeader
        title={t('manualEntries.title')}
        actions={
          <Authorization allowed={POLICIES.bookkeeping}>
            <Link className="btn btn-primary" to={paths.newManualEntry.getHref()}>
              {t('manualEntries.new')}
            </Link>
          </Authorization>
        }
      />
      <ApprovalThreshold />
      <ManualEntries />
    </Authorization>
  );
}
