import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { FilterSelect } from '@/components/ui/filter-select';
import { PaginationBar } from '@/components/ui/pagination-bar';
import { QueryView } from '@/components/ui/query-view';
import { StackedTable } from '@/components/ui/stacked-table';
import { TONTINE_STATUSES, useTontines, type Tontine, type TontineStatus } from '@/features/tontines/api/get-tontines';
import { TontineStatusBadge } from '@/features/tontines/components/tontine-badges';
import { TontineDialog } from '@/features/tontines/components/tontine-dialog';
import { TontineStateDialog } from '@/features/tontines/components/tontine-state-dialog';
import { POLICIES, useIsAllowed } from '@/lib/authorization';
import { useInstitutionCurrency } from '@/lib/auth';
import { formatInteger, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 20;

type Dialog = { kind: 'edit'; tontine?: Tontine } | { kind: 'open' | 'close'; tontine: Tontine };

/**
 * The institution's tontines: their bounds, fee and cycle, how many take part and what they saved. The administrator
 * creates them (as drafts), edits, opens and closes them; everyone else reads.
 */
export function TontinesList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useInstitutionCurrency();
  const canManage = useIsAllowed(POLICIES.tontineAdmin);
  const [status, setStatus] = useState<TontineStatus | ''>('');
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const tontines = useTontines({ status: status || undefined, page, pageSize: PAGE_SIZE });
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const close = () => setDialog(null);

  return (
    <>
      <div className="d-flex flex-wrap gap-2 justify-content-between mb-3">
        <FilterSelect
          label={t('tontines.statusFilter')}
          allLabel={t('tontines.allStatuses')}
          value={status}
          onChange={(value) => {
            setStatus(value as TontineStatus | '');
            setPage(1);
          }}
          options={TONTINE_STATUSES.map((value) => ({ value, label: t(`tontineStatuses.${value}`) }))}
        />
        {canManage && <Button onClick={() => setDialog({ kind: 'edit' })}>{t('tontines.new')}</Button>}
      </div>
      <QueryView query={tontines}>
        {({ items, totalCount }) => (
          <>
            <StackedTable
              items={items}
              rowKey={(tontine) => tontine.id}
              emptyMessage={t('tontines.empty')}
              columns={[
                { header: t('tontines.code'), cell: (tontine) => tontine.code },
                { header: t('tontines.name'), cell: (tontine) => tontine.name },
                { header: t('common.status'), cell: (tontine) => <TontineStatusBadge status={tontine.status} /> },
                {
                  header: t('tontines.dailyBounds'),
                  cell: (tontine) =>
                    t('tontines.boundsValue', { min: money(tontine.minDailyAmount), max: money(tontine.maxDailyAmount) }),
                },
                { header: t('tontines.adhesionFeeShort'), cell: (tontine) => money(tontine.adhesionFee), numeric: true },
                {
                  header: t('tontines.cycleShort'),
                  cell: (tontine) => t('tontines.days', { count: tontine.cycleLengthDays }),
                  numeric: true,
                },
                {
                  header: t('tontines.participants'),
                  cell: (tontine) => formatInteger(tontine.participantCount, locale),
                  numeric: true,
                },
                { header: t('tontines.savedTotal'), cell: (tontine) => money(tontine.savedTotal), numeric: true },
                {
                  header: t('tontines.commissionTotal'),
                  cell: (tontine) => money(tontine.commissionTotal),
                  numeric: true,
                },
              ]}
              actions={
                canManage
                  ? (tontine) => (
                      <div className="d-flex flex-wrap gap-1 justify-content-md-end">
                        {tontine.status !== 'Closed' && (
                          <Button size="sm" variant="outline-secondary" onClick={() => setDialog({ kind: 'edit', tontine })}>
                            {t('common.edit')}
                          </Button>
                        )}
                        {tontine.status === 'Draft' && (
                          <Button size="sm" onClick={() => setDialog({ kind: 'open', tontine })}>
                            {t('tontines.actions.open')}
                          </Button>
                        )}
                        {tontine.status === 'Open' && (
                          <Button size="sm" variant="outline-danger" onClick={() => setDialog({ kind: 'close', tontine })}>
                            {t('tontines.actions.close')}
                          </Button>
                        )}
                      </div>
                    )
                  : undefined
              }
            />
            <PaginationBar page={page} pageSize={PAGE_SIZE} totalCount={totalCount} onPageChange={setPage} />
          </>
        )}
      </QueryView>
      {dialog?.kind === 'edit' && <TontineDialog tontine={dialog.tontine} currency={currency} onClose={close} />}
      {(dialog?.kind === 'open' || dialog?.kind === 'close') && (
        <TontineStateDialog action={dialog.kind} tontine={dialog.tontine} onClose={close} />
      )}
    </>
  );
}
