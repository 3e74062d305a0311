import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import type { AnomalyStatistics } from '@/features/anomalies/api/get-anomaly-statistics';
import { formatInteger, formatShortDate } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

const SERIES = [
  { key: 'high', severity: 'High', color: '#dc3545' },
  { key: 'medium', severity: 'Medium', color: '#ffc107' },
  { key: 'low', severity: 'Low', color: '#6c757d' },
] as const;

/**
 * The findings per week of their situation, stacked by severity; the same figures as a table for screen readers
 * (the chart is drawing, the table is the content).
 */
export function AnomalyTrendChart({ trend }: { trend: AnomalyStatistics['trend'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = t('anomalies.trend');
  if (trend.length === 0) return <p className="text-body-secondary">{t('anomalies.noTrend')}</p>;
  const data = trend.map((week) => ({ ...week, label: formatShortDate(week.weekStart, locale) }));
  return (
    <>
      <div style={{ width: '100%', height: 220 }} aria-hidden="true">
        <ResponsiveContainer>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
            <YAxis tick={{ fontSize: 11 }} width={32} allowDecimals={false} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {SERIES.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                stackId="severity"
                name={t(`anomalies.severities.${s.severity}`)}
                fill={s.color}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {/* A table cannot shrink below its content: hidden inside a div, it never widens a phone's page. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('anomalies.weekOf')}</th>
              {SERIES.map((s) => (
                <th key={s.key} scope="col">
                  {t(`anomalies.severities.${s.severity}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trend.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{formatShortDate(week.weekStart, locale)}</th>
                {SERIES.map((s) => (
                  <td key={s.key}>{formatInteger(week[s.key], locale)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
