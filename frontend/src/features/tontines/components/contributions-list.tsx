import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { PagedTable } from '@/components/ui/paged-table';
import { Section } from '@/components/ui/section';
import { useContributions } from '@/features/tontines/api/get-contributions';
import type { Participant } from '@/features/tontines/api/get-participants';
import { cellsText } from '@/features/tontines/components/cells';
import { formatDate, formatInteger, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const PAGE_SIZE = 10;

/** The participant's contributions, newest first: the days, the cells, the commission and the saving of each. */
export function ContributionsList({ participant, currency }: { participant: Participant; currency: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [page, setPage] = useState(1);
  const contributions = useContributions(participant.id, { page, pageSize: PAGE_SIZE });
  const money = (amount: number) => formatMoney(amount, currency, locale);
  return (
    <Section title={t('tontines.contributions.title')}>
      <PagedTable
        query={contributions}
        className="align-middle"
        columnCount={7}
        headers={
          <>
            <th>{t('tontines.collect.date')}</th>
            <th className="text-end">{t('tontines.collect.days')}</th>
            <th>{t('tontines.collect.cells')}</th>
            <th className="text-end">{t('tontines.collect.total')}</th>
            <th className="text-end">{t('tontines.collect.commissionPart')}</th>
            <th className="text-end">{t('tontines.collect.savingPart')}</th>
            <th>{t('tontines.collect.collectedBy')}</th>
          </>
        }
        renderRow={(contribution) => (
          <tr key={contribution.id}>
            <td className="text-nowrap">{formatDate(contribution.date, locale)}</td>
            <td className="text-end">{formatInteger(contribution.days, locale)}</td>
            <td>{cellsText(contribution.firstCell, contribution.lastCell, participant.cycleLengthDays, t)}</td>
            <td className="text-end text-nowrap">{money(contribution.amount)}</td>
            <td className="text-end text-nowrap">{money(contribution.commissionAmount)}</td>
            <td className="text-end text-nowrap">{money(contribution.savingAmount)}</td>
            <td>
              {contribution.collectedByName}
              <span className="d-block small text-body-secondary">
                {t(`channels.${contribution.channel}`)} · N° {contribution.journalEntryNumber}
              </span>
            </td>
          </tr>
        )}
        emptyMessage={t('tontines.contributions.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
    </Section>
  );
}
