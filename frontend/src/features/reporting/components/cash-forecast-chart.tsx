import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import type { ReportPage } from '@/features/reporting/api/get-report';
import { useReportWords } from '@/features/reporting/components/use-report-words';
import { useLocale } from '@/lib/i18n';

/**
 * The cash forecast's weeks drawn: what is expected in and out each week as bars, the projected position as a line.
 * Drawing only (hidden from screen readers): the report's table below holds the same figures.
 */
export function CashForecastChart({ data }: { data: ReportPage }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const words = useReportWords();
  const column = (key: string) => data.columns.findIndex((c) => c.key === key);
  const [week, from, inflows, disbursements, withdrawals, position] = [
    'week', 'from', 'inflows', 'disbursements', 'withdrawals', 'position',
  ].map(column);
  const weeks = data.rows.map((row) => ({
    label: `${String(row[week])} · ${words.value('Date', row[from])}`,
    inflows: Number(row[inflows]),
    outflows: -(Number(row[disbursements]) + Number(row[withdrawals])),
    position: Number(row[position]),
  }));
  const compact = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { notation: 'compact', maximumFractionDigits: 1 });
  const money = (value: number) => words.value('Money', value);

  return (
    <div className="mb-3" style={{ width: '100%', height: 260 }} aria-hidden="true" data-testid="cash-forecast-chart">
      <ResponsiveContainer>
        <ComposedChart data={weeks} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} stackOffset="sign">
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis tick={{ fontSize: 11 }} width={48} tickFormatter={(value: number) => compact.format(value)} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? money(value) : String(value))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="inflows" name={t('reports.cashForecast.inflows')} fill="#198754" stackId="flows" isAnimationActive={false} />
          <Bar dataKey="outflows" name={t('reports.cashForecast.outflows')} fill="#dc3545" stackId="flows" isAnimationActive={false} />
          <Line dataKey="position" name={t('reports.cashForecast.position')} stroke="#0d6efd" strokeWidth={2} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
