import { useTranslation } from 'react-i18next';
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import type { Simulation } from '@/features/loans/api/simulate-loan';
import { formatDate, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type BalanceChartProps = { simulation: Simulation; disbursementDate: string; currency: string };

/** The principal still owed, from the disbursement to the last installment. */
export function BalanceChart({ simulation, disbursementDate, currency }: BalanceChartProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const points = [
    { date: disbursementDate, outstanding: simulation.totalPrincipal },
    ...simulation.installments.map((line) => ({ date: line.dueDate, outstanding: line.outstandingAfter })),
  ];
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  return (
    <figure className="mb-3">
      <figcaption className="small text-body-secondary mb-2">{t('simulation.chartCaption')}</figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <AreaChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="date" tickFormatter={(date: string) => formatDate(date, locale)} minTickGap={24} />
          <YAxis width={60} tickFormatter={(amount: number) => compact.format(amount)} />
          <Tooltip
            labelFormatter={(date) => (typeof date === 'string' ? formatDate(date, locale) : null)}
            formatter={(amount) => [formatMoney(Number(amount), currency, locale), t('schedule.outstandingAfter')]}
          />
          <Area type="stepAfter" dataKey="outstanding" stroke="#0d6efd" fill="#0d6efd" fillOpacity={0.15} />
        </AreaChart>
      </ResponsiveContainer>
    </figure>
  );
}
