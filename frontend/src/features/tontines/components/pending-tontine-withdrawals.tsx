import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PagedTable } from '@/components/ui/paged-table';
import { Section } from '@/components/ui/section';
import { paths } from '@/config/paths';
import { useTontineWithdrawals, type TontineWithdrawal } from '@/features/tontines/api/get-tontine-withdrawals';
import {
  ApproveTontineWithdrawalDialog,
  RejectTontineWithdrawalDialog,
} from '@/features/tontines/components/tontine-withdrawal-dialogs';
import { Authorization, POLICIES } from '@/lib/authorization';
import { formatDateTime, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 20;

type Decision = { kind: 'approve' | 'reject'; withdrawal: TontineWithdrawal };

type PendingTontineWithdrawalsProps = {
  currency: string;
  /** Only this participant's (on its page); every pending one otherwise (the approvals page). */
  participantId?: string;
};

/** Withdrawals of tontine savings waiting for a decision, oldest first: approved or rejected (with a reason) here. */
export function PendingTontineWithdrawals({ currency, participantId }: PendingTontineWithdrawalsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [page, setPage] = useState(1);
  const [decision, setDecision] = useState<Decision | null>(null);
  const withdrawals = useTontineWithdrawals({ status: 'Pending', participantId, page, pageSize: PAGE_SIZE });
  const amount = (withdrawal: TontineWithdrawal) => formatMoney(withdrawal.amount, currency, locale);
  const close = () => setDecision(null);

  return (
    <Section title={t('tontines.withdrawals.pending')}>
      <PagedTable
        query={withdrawals}
        hover
        className="align-middle"
        columnCount={5}
        headers={
          <>
            <th className="text-end">{t('operations.amount')}</th>
            <th>{t('common.client')}</th>
            <th>{t('tontines.participant.tontine')}</th>
            <th>{t('tontines.withdrawals.requested')}</th>
            <th className="text-end">{t('common.actions')}</th>
          </>
        }
        renderRow={(withdrawal) => (
          <tr key={withdrawal.id}>
            <td className="text-end text-nowrap">{amount(withdrawal)}</td>
            <td>
              <Link to={paths.tontineParticipant.getHref(withdrawal.participantId)}>{withdrawal.clientName}</Link>
            </td>
            <td>{withdrawal.tontineName}</td>
            <td>
              {formatDateTime(withdrawal.requestedAt, locale)}
              <span className="d-block small text-body-secondary">{withdrawal.requestedByName}</span>
            </td>
            <td className="text-end">
              <Authorization allowed={POLICIES.tontineOfficer} forbiddenFallback={t('withdrawals.waiting')}>
                <div className="d-flex flex-wrap gap-1 justify-content-md-end">
                  <Button size="sm" onClick={() => setDecision({ kind: 'approve', withdrawal })}>
                    {t('tontines.withdrawals.approve')}
                  </Button>
                  <Button size="sm" variant="outline-danger" onClick={() => setDecision({ kind: 'reject', withdrawal })}>
                    {t('tontines.withdrawals.reject')}
                  </Button>
                </div>
              </Authorization>
            </td>
          </tr>
        )}
        emptyMessage={t('tontines.withdrawals.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
      {decision?.kind === 'approve' && (
        <ApproveTontineWithdrawalDialog
          withdrawal={decision.withdrawal}
          amount={amount(decision.withdrawal)}
          onClose={close}
        />
      )}
      {decision?.kind === 'reject' && (
        <RejectTontineWithdrawalDialog
          withdrawal={decision.withdrawal}
          amount={amount(decision.withdrawal)}
          onClose={close}
        />
      )}
    </Section>
  );
}
