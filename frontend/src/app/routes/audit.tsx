import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { AuditList } from '@/features/audit/components/audit-list';
import { VerifyChainPanel } from '@/features/audit/components/verify-chain-panel';
import { Authorization, POLICIES } from '@/lib/authorization';

export default function AuditRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.audit} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('audit.title')} />
      <VerifyChainPanel />
      <AuditList />
    </Authorization>
  );
}
