import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { GeneralLedger } from '@/features/accounting/components/general-ledger';
import { GeneralLedgerExportButtons } from '@/features/reporting/components/export-buttons';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function GeneralLedgerRoute() {
  const { t } = useTranslation();
  const { glAccountId = '' } = useParams();
  return (
    <Authorization allowed={POLICIES.accounting} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('generalLedger.title')} />
      <GeneralLedger
        glAccountId={glAccountId}
        exportButtons={(period) => <GeneralLedgerExportButtons glAccountId={glAccountId} {...period} />}
      />
    </Authorization>
  );
}
