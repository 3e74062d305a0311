import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { Section } from '@/components/ui/section';
import { useLocale } from '@/lib/i18n';

export type MonthSeries<Row> = {
  key: keyof Row & string;
  label: string;
  color: string;
  kind: 'bar' | 'line';
  format: (value: number) => string;
};

type MonthChartProps<Row extends { month: string }> = { title: string; rows: Row[]; series: MonthSeries<Row>[] };

/** "2026-11" as its users say it: "nov. 2026". */
export function monthLabel(month: string, locale: string) {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { month: 'short', year: 'numeric' }).format(
    new Date(year, number - 1, 1),
  );
}

const MonthChartDrawing = lazy(() => import('@/features/reporting/components/dashboard/month-chart-drawing'));

/**
 * Twelve months as bars or lines, and the same figures as a table for screen readers (and for whoever prefers
 * numbers): the chart is drawing, the table is the content. A month without a figure (null) leaves a gap.
 */
export function MonthChart<Row extends { month: string }>({ title, rows, series }: MonthChartProps<Row>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const data = rows.map((row) => ({
    ...row,
    label: monthLabel(row.month, locale),
    ...Object.fromEntries(series.map((s) => [s.key, row[s.key] == null ? null : Number(row[s.key])])),
  }));
  // A chart of the end of day's figures before any end of day ran: say so rather than draw empty axes.
  if (rows.every((row) => series.every((s) => row[s.key] == null))) {
    return (
      <Section title={title}>
        <p className="text-body-secondary">{t('dashboard.noFigures')}</p>
      </Section>
    );
  }
  return (
    <Section title={title}>
      <div style={{ width: '100%', height: 240 }} aria-hidden="true">
        {/* The table below carries the figures at once; the drawing follows with its library. */}
        <Suspense fallback={null}>
          <MonthChartDrawing data={data} series={series} />
        </Suspense>
      </div>
      {/* A table cannot shrink below its content: hidden inside a div, it never widens a phone's page. */}
      <div className="visually-hidden">
      <table>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            {series.map((s) => (
              <th key={s.key} scope="col">{s.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.month}>
              <th scope="row">{monthLabel(row.month, locale)}</th>
              {series.map((s) => (
                <td key={s.key}>{row[s.key] == null ? '—' : s.format(Number(row[s.key]))}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </Section>
  );
}
