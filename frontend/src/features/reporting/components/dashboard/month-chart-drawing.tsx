import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import type { MonthSeries } from '@/features/reporting/components/dashboard/month-chart';
import { useLocale } from '@/lib/i18n';

/** The months' rows ready to draw: `label` under the axis, each series' figure (under its key) a number or null. */
type MonthChartDrawingProps = {
  data: Record<string, unknown>[];
  series: (Omit<MonthSeries<object>, 'key'> & { key: string })[];
};

/**
 * The drawing of a MonthChart. Its own chunk, with the charting library (~100 KB gzipped): the dashboards that draw
 * load it after their figures show, and a field agent's dashboard, which draws nothing, never does.
 */
export default function MonthChartDrawing({ data, series }: MonthChartDrawingProps) {
  const locale = useLocale();
  const compact = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { notation: 'compact', maximumFractionDigits: 1 });
  return (
    <ResponsiveContainer>
      <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
        <YAxis tick={{ fontSize: 11 }} width={44} tickFormatter={(value: number) => compact.format(value)} />
        <Tooltip formatter={(value, name) => {
          const s = series.find((item) => item.label === name);
          return s && typeof value === 'number' ? s.format(value) : String(value);
        }} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((s) =>
          s.kind === 'bar' ? (
            <Bar key={s.key} dataKey={`${s.key}`} name={s.label} fill={s.color} isAnimationActive={false} />
          ) : (
            <Line key={s.key} dataKey={s.key} name={s.label} stroke={s.color} strokeWidth={2} connectNulls={false}
              isAnimationActive={false} />
          ),
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
