import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { FilterSelect } from '@/components/ui/filter-select';
import { PagedTable } from '@/components/ui/paged-table';
import { SearchForm } from '@/components/ui/search-form';
import { paths } from '@/config/paths';
import { useParticipants } from '@/features/tontines/api/get-participants';
import { useTontines } from '@/features/tontines/api/get-tontines';
import { formatInteger, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 20;
const TONTINE_CHOICES = 100;

/** Every participant (an agent sees their branch's), by a search on the client and a tontine: to open a booklet. */
export function ParticipantsList({ currency }: { currency: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [search, setSearch] = useState('');
  const [tontineId, setTontineId] = useState('');
  const [page, setPage] = useState(1);
  const tontines = useTontines({ page: 1, pageSize: TONTINE_CHOICES });
  const participants = useParticipants({
    search: search || undefined,
    tontineId: tontineId || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const money = (amount: number) => formatMoney(amount, currency, locale);

  return (
    <>
      <div className="mb-3">
        <SearchForm
          label={t('tontines.participantsSearch')}
          defaultValue={search}
          onSearch={(value) => {
            setSearch(value);
            setPage(1);
          }}
        >
          <FilterSelect
            label={t('tontines.participant.tontine')}
            allLabel={t('tontines.allTontines')}
            value={tontineId}
            onChange={(value) => {
              setTontineId(value);
              setPage(1);
            }}
            options={(tontines.data?.items ?? []).map((tontine) => ({ value: tontine.id, label: tontine.name }))}
          />
        </SearchForm>
      </div>
      <PagedTable
        query={participants}
        hover
        className="align-middle"
        columnCount={6}
        headers={
          <>
            <th>{t('common.client')}</th>
            <th>{t('tontines.participant.tontine')}</th>
            <th className="text-end">{t('tontines.dailyAmount')}</th>
            <th className="text-end">{t('tontines.participant.cellsFilled')}</th>
            <th className="text-end">{t('tontines.participant.savedBalance')}</th>
            <th>{t('tontines.participant.collector')}</th>
          </>
        }
        renderRow={(participant) => (
          <tr key={participant.id}>
            <td>
              <Link to={paths.tontineParticipant.getHref(participant.id)}>{participant.clientName}</Link>
              <span className="d-block small text-body-secondary">{participant.clientNumber}</span>
            </td>
            <td>{participant.tontineName}</td>
            <td className="text-end text-nowrap">{money(participant.dailyAmount)}</td>
            <td className="text-end">{formatInteger(participant.cellsFilled, locale)}</td>
            <td className="text-end text-nowrap">{money(participant.savedBalance)}</td>
            <td>{participant.collectorName}</td>
          </tr>
        )}
        emptyMessage={t('tontines.participantsEmpty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
    </>
  );
}
