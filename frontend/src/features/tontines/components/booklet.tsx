import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { QueryView } from '@/components/ui/query-view';
import { Section } from '@/components/ui/section';
import { useBooklet, type BookletCell } from '@/features/tontines/api/get-booklet';
import { formatDate, type Locale } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const INTL_LOCALES: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** A cell's day as the collector writes it on the card: "03/12". */
function dayAndMonth(value: string, locale: Locale) {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { day: '2-digit', month: '2-digit' }).format(
    new Date(`${value}T00:00:00`),
  );
}

function cellClassName(cell: BookletCell) {
  const filled = !!cell.date;
  const kind = cell.kind === 'Commission' ? 'booklet-cell-commission' : 'booklet-cell-saving';
  return ['booklet-cell', kind, filled ? 'booklet-cell-filled' : 'booklet-cell-empty'].join(' ');
}

/**
 * One cycle of the booklet as the card the collector stamps: a cell a day, the first the collector's commission
 * (marked and coloured), a filled cell with its day and collector, an empty one blank. A grid of 6 columns on a phone
 * and 8 from 576 px, so that it never scrolls sideways.
 */
export function BookletGrid({ cells }: { cells: readonly BookletCell[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const describe = (cell: BookletCell) =>
    [
      t('tontines.booklet.cellNumber', { number: cell.number }),
      cell.kind === 'Commission' ? t('tontines.booklet.commission') : null,
      cell.date
        ? t('tontines.booklet.filledOn', { date: formatDate(cell.date, locale), name: cell.collectedByName ?? '—' })
        : t('tontines.booklet.empty'),
    ]
      .filter(Boolean)
      .join(', ');
  return (
    <ol className="booklet-grid list-unstyled mb-2" aria-label={t('tontines.booklet.cells')}>
      {cells.map((cell) => (
        <li key={cell.number} className={cellClassName(cell)} aria-label={describe(cell)} title={describe(cell)}>
          <span className="booklet-cell-number" aria-hidden="true">
            {cell.number}
          </span>
          {cell.kind === 'Commission' && (
            <span className="booklet-cell-kind" aria-hidden="true">
              {t('tontines.booklet.commission')}
            </span>
          )}
          {cell.date && (
            <span aria-hidden="true" className="booklet-cell-details">
              <span className="d-block">{dayAndMonth(cell.date, locale)}</span>
              <span className="d-block text-truncate">{cell.collectedByName}</span>
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

/** What the colours of the booklet's cells say. */
function BookletLegend() {
  const { t } = useTranslation();
  return (
    <ul className="list-inline small text-body-secondary mb-0">
      <li className="list-inline-item">
        <span className="booklet-swatch booklet-cell-commission booklet-cell-filled" aria-hidden="true" />{' '}
        {t('tontines.booklet.legendCommission')}
      </li>
      <li className="list-inline-item">
        <span className="booklet-swatch booklet-cell-saving booklet-cell-filled" aria-hidden="true" />{' '}
        {t('tontines.booklet.legendSaving')}
      </li>
      <li className="list-inline-item">
        <span className="booklet-swatch booklet-cell-empty" aria-hidden="true" /> {t('tontines.booklet.legendEmpty')}
      </li>
    </ul>
  );
}

/** The participant's booklet, cycle by cycle (the current one first), with the way to the others. */
export function Booklet({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const [cycle, setCycle] = useState<number | undefined>(undefined);
  const booklet = useBooklet(participantId, cycle);
  return (
    <Section title={t('tontines.booklet.title')}>
      <QueryView query={booklet}>
        {(shown) => (
          <>
            <nav
              aria-label={t('tontines.booklet.cycles')}
              className="d-flex align-items-center justify-content-between gap-2 mb-2"
            >
              <Button
                variant="outline-secondary"
                size="sm"
                disabled={shown.cycle <= 1 || booklet.isFetching}
                onClick={() => setCycle(shown.cycle - 1)}
              >
                {t('common.previous')}
              </Button>
              <span className="fw-semibold" aria-live="polite">
                {t('tontines.booklet.cycleOf', { cycle: shown.cycle, total: shown.cycleCount })}
              </span>
              <Button
                variant="outline-secondary"
                size="sm"
                disabled={shown.cycle >= shown.cycleCount || booklet.isFetching}
                onClick={() => setCycle(shown.cycle + 1)}
              >
                {t('common.next')}
              </Button>
            </nav>
            <BookletGrid cells={shown.cells} />
            <BookletLegend />
          </>
        )}
      </QueryView>
    </Section>
  );
}
