import Table from 'react-bootstrap/Table';
import { useTranslation } from 'react-i18next';

import type { Simulation } from '@/features/loans/api/simulate-loan';
import { formatDate, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type ScheduleTableProps = { simulation: Simulation; currency: string; size?: 'sm' };

/** A schedule as simulated (before any payment): each installment's split and the principal left after it, with totals. */
export function ScheduleTable({ simulation, currency, size }: ScheduleTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const total = simulation.totalPrincipal + simulation.totalInterest + simulation.totalFees;
  return (
    <Table responsive size={size} className="align-middle">
      <thead>
        <tr>
          <th>{t('schedule.number')}</th>
          <th>{t('schedule.dueDate')}</th>
          <th className="text-end">{t('schedule.principal')}</th>
          <th className="text-end">{t('schedule.interest')}</th>
          <th className="text-end">{t('schedule.fees')}</th>
          <th className="text-end">{t('schedule.total')}</th>
          <th className="text-end">{t('schedule.outstandingAfter')}</th>
        </tr>
      </thead>
      <tbody>
        {simulation.installments.map((line) => (
          <tr key={line.number}>
            <td>{line.number}</td>
            <td className="text-nowrap">{formatDate(line.dueDate, locale)}</td>
            <td className="text-end text-nowrap">{money(line.principal)}</td>
            <td className="text-end text-nowrap">{money(line.interest)}</td>
            <td className="text-end text-nowrap">{money(line.fees)}</td>
            <td className="text-end text-nowrap fw-semibold">{money(line.total)}</td>
            <td className="text-end text-nowrap">{money(line.outstandingAfter)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot className="fw-bold">
        <tr>
          <th scope="row" colSpan={2}>
            {t('schedule.totals')}
          </th>
          <td className="text-end text-nowrap">{money(simulation.totalPrincipal)}</td>
          <td className="text-end text-nowrap">{money(simulation.totalInterest)}</td>
          <td className="text-end text-nowrap">{money(simulation.totalFees)}</td>
          <td className="text-end text-nowrap">{money(total)}</td>
          <td />
        </tr>
      </tfoot>
    </Table>
  );
}
