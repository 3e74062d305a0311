import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PagedTable } from '@/components/ui/paged-table';
import { Section } from '@/components/ui/section';
import { paths } from '@/config/paths';
import { useWithdrawals, type WithdrawalRequest } from '@/features/deposits/api/get-withdrawals';
import { ApproveWithdrawalDialog } from '@/features/deposits/components/approve-withdrawal-dialog';
import { RejectWithdrawalDialog } from '@/features/deposits/components/reject-withdrawal-dialog';
import { Authorization, POLICIES } from '@/lib/authorization';
import { formatDateTime, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 20;

type Decision = { kind: 'approve' | 'reject'; request: WithdrawalRequest };

/** Withdrawals over their product's threshold, oldest first; supervisors approve or reject them here. */
export function PendingWithdrawals({ accountId }: { accountId?: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [page, setPage] = useState(1);
  const [decision, setDecision] = useState<Decision | null>(null);
  const withdrawals = useWithdrawals({ status: 'Pending', accountId, page, pageSize: PAGE_SIZE });
  const amount = (request: WithdrawalRequest) => formatMoney(request.amount, request.currency, locale);

  const close = () => setDecision(null);

  return (
    <Section title={t('withdrawals.pending')}>
      <PagedTable
        query={withdrawals}
        hover
        className="align-middle"
        columnCount={6}
        headers={
          <>
            <th className="text-end">{t('operations.amount')}</th>
            <th>{t('accounts.number')}</th>
            <th>{t('accounts.client')}</th>
            <th>{t('operations.channel')}</th>
            <th>{t('withdrawals.requestedAt')}</th>
            <th className="text-end">{t('common.actions')}</th>
          </>
        }
        renderRow={(request) => (
          <tr key={request.id}>
            <td className="text-end text-nowrap">{amount(request)}</td>
            <td className="text-nowrap">
              <Link to={paths.account.getHref(request.accountId)}>{request.accountNumber}</Link>
            </td>
            <td>{request.clientName}</td>
            <td>{t(`channels.${request.channel}`)}</td>
            <td className="text-nowrap">{formatDateTime(request.requestedAt, locale)}</td>
            <td className="text-end text-nowrap">
              <Authorization allowed={POLICIES.approvals} forbiddenFallback={t('withdrawals.waiting')}>
                <Button size="sm" className="me-2" onClick={() => setDecision({ kind: 'approve', request })}>
                  {t('withdrawals.approve')}
                </Button>
                <Button size="sm" variant="outline-danger" onClick={() => setDecision({ kind: 'reject', request })}>
                  {t('withdrawals.reject')}
                </Button>
              </Authorization>
            </td>
          </tr>
        )}
        emptyMessage={t('withdrawals.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />

      {decision?.kind === 'approve' && (
        <ApproveWithdrawalDialog request={decision.request} amount={amount(decision.request)} onClose={close} />
      )}
      {decision?.kind === 'reject' && (
        <RejectWithdrawalDialog request={decision.request} amount={amount(decision.request)} onClose={close} />
      )}
    </Section>
  );
}
