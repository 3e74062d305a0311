import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { getGlAccountsQueryOptions } from '@/features/accounting/api/get-gl-accounts';
import { AuditList } from '@/features/audit/components/audit-list';
import { VerifyChainPanel } from '@/features/audit/components/verify-chain-panel';
import { Authorization, POLICIES, useIsAllowed } from '@/lib/authorization';

/**
 * The trail, with the chart of accounts from the accounting feature so that a journal entry's lines name their GL
 * accounts (asked for only by a role that may read it).
 */
function AuditPage() {
  const mayReadChart = useIsAllowed(POLICIES.accounting);
  const chart = useQuery({ ...getGlAccountsQueryOptions({}), enabled: mayReadChart });
  const names = useMemo(
    () => new Map(chart.data?.map((account) => [account.id, `${account.code} ${account.name}`])),
    [chart.data],
  );
  return <AuditList names={names} />;
}

export default function AuditRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.audit} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('audit.title')} />
      <VerifyChainPanel />
      <AuditPage />
    </Authorization>
  );
}
