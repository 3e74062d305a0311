import { useState, type ReactNode } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { FilterSelect } from '@/components/ui/filter-select';
import { PagedTable } from '@/components/ui/paged-table';
import { paths } from '@/config/paths';
import {
  ADHESION_STATUSES,
  useAdhesions,
  type Adhesion,
  type AdhesionStatus as TontineAdhesionStatus,
} from '@/features/tontines/api/get-adhesions';
import { RejectAdhesionDialog, ValidateAdhesionDialog } from '@/features/tontines/components/adhesion-decision-dialogs';
import { PayFeeDialog } from '@/features/tontines/components/pay-fee-dialog';
import { AdhesionStatusBadge } from '@/features/tontines/components/tontine-badges';
import { POLICIES, useIsAllowed } from '@/lib/authorization';
import { formatDateTime, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 20;

type Decision = { kind: 'validate' | 'reject' | 'payFee'; adhesion: Adhesion };

type AdhesionsInboxProps = {
  currency: string;
  /**
   * Beside "Fee in cash" on a validated adhesion: its fee by mobile money (composed by the page, from payments, with
   * purpose TontineAdhesionFee and the adhesion as target).
   */
  mobileMoneyFee?: (adhesion: Adhesion) => ReactNode;
};

/**
 * The adhesions to deal with, the requested ones first: validate or reject a request (with a reason), take the fee
 * of a validated one (in cash here, or by mobile money), then open the new participant's booklet.
 */
export function AdhesionsInbox({ currency, mobileMoneyFee }: AdhesionsInboxProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const canAct = useIsAllowed(POLICIES.tontineOfficer);
  const [status, setStatus] = useState<TontineAdhesionStatus | ''>('Requested');
  const [page, setPage] = useState(1);
  const [decision, setDecision] = useState<Decision | null>(null);
  const adhesions = useAdhesions({ status: status || undefined, page, pageSize: PAGE_SIZE });
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const close = () => setDecision(null);

  const actions = (adhesion: Adhesion) => {
    if (adhesion.status === 'Active' && adhesion.participantId) {
      return (
        <Link to={paths.tontineParticipant.getHref(adhesion.participantId)} className="btn btn-sm btn-outline-primary">
          {t('tontines.adhesions.openParticipant')}
        </Link>
      );
    }
    if (!canAct) return null;
    if (adhesion.status === 'Requested') {
      return (
        <div className="d-flex flex-wrap gap-1 justify-content-md-end">
          <Button size="sm" onClick={() => setDecision({ kind: 'validate', adhesion })}>
            {t('tontines.adhesions.validate')}
          </Button>
          <Button size="sm" variant="outline-danger" onClick={() => setDecision({ kind: 'reject', adhesion })}>
            {t('tontines.adhesions.reject')}
          </Button>
        </div>
      );
    }
    if (adhesion.status === 'Validated' && !adhesion.feePaid) {
      return (
        <div className="d-flex flex-wrap gap-1 justify-content-md-end">
          <Button size="sm" onClick={() => setDecision({ kind: 'payFee', adhesion })}>
            {t('tontines.adhesions.payFeeCash')}
          </Button>
          {mobileMoneyFee?.(adhesion)}
        </div>
      );
    }
    return null;
  };

  return (
    <>
      <div className="mb-3">
        <FilterSelect
          label={t('tontines.statusFilter')}
          allLabel={t('tontines.adhesions.allStatuses')}
          value={status}
          onChange={(value) => {
            setStatus(value as TontineAdhesionStatus | '');
            setPage(1);
          }}
          options={ADHESION_STATUSES.map((value) => ({ value, label: t(`tontineAdhesionStatuses.${value}`) }))}
        />
      </div>
      <PagedTable
        query={adhesions}
        className="align-middle"
        columnCount={7}
        headers={
          <>
            <th>{t('common.client')}</th>
            <th>{t('tontines.adhesions.tontine')}</th>
            <th className="text-end">{t('tontines.dailyAmount')}</th>
            <th className="text-end">{t('tontines.adhesionFeeShort')}</th>
            <th>{t('common.status')}</th>
            <th>{t('tontines.adhesions.requested')}</th>
            <th className="text-end">{t('common.actions')}</th>
          </>
        }
        renderRow={(adhesion) => (
          <tr key={adhesion.id}>
            <td>
              {adhesion.clientName}
              <span className="d-block small text-body-secondary">{adhesion.clientNumber}</span>
            </td>
            <td>{`${adhesion.tontineName} (${adhesion.tontineCode})`}</td>
            <td className="text-end text-nowrap">{money(adhesion.dailyAmount)}</td>
            <td className="text-end text-nowrap">{money(adhesion.adhesionFee)}</td>
            <td>
              <AdhesionStatusBadge status={adhesion.status} />
              {adhesion.rejectionReason && (
                <span className="d-block small text-body-secondary">{adhesion.rejectionReason}</span>
              )}
            </td>
            <td>
              {formatDateTime(adhesion.requestedAt, locale)}
              <span className="d-block small text-body-secondary">{adhesion.requestedByName}</span>
            </td>
            <td className="text-end">{actions(adhesion)}</td>
          </tr>
        )}
        emptyMessage={t('tontines.adhesions.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
      {decision?.kind === 'validate' && (
        <ValidateAdhesionDialog adhesion={decision.adhesion} amount={money(decision.adhesion.dailyAmount)} onClose={close} />
      )}
      {decision?.kind === 'reject' && (
        <RejectAdhesionDialog adhesion={decision.adhesion} amount={money(decision.adhesion.dailyAmount)} onClose={close} />
      )}
      {decision?.kind === 'payFee' && (
        <PayFeeDialog adhesion={decision.adhesion} fee={money(decision.adhesion.adhesionFee)} onClose={close} />
      )}
    </>
  );
}
