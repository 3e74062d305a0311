import Badge from 'react-bootstrap/Badge';
import { useTranslation } from 'react-i18next';

import { QueryTable } from '@/components/ui/paged-table';
import { Section } from '@/components/ui/section';
import { useLoanSchedule, type InstallmentState } from '@/features/loans/api/get-loan-schedule';
import type { Loan } from '@/features/loans/api/get-loans';
import { formatDate, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/** Each state's row colour, and its badge (the colour is never the only sign). */
const STATE_STYLES: Record<InstallmentState, { row: string; badge: string; text?: 'dark' }> = {
  Paid: { row: 'table-success', badge: 'success' },
  PartiallyPaid: { row: 'table-info', badge: 'info', text: 'dark' },
  Due: { row: 'table-warning', badge: 'warning', text: 'dark' },
  Late: { row: 'table-danger', badge: 'danger' },
  Upcoming: { row: '', badge: 'secondary' },
};

/**
 * A disbursed loan's installments: what each owes (penalties included), what is paid and what is left, its row
 * coloured by its state — paid, partly paid, due today, late or upcoming. On a phone the split gives way.
 */
export function LoanSchedule({ loan }: { loan: Loan }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const schedule = useLoanSchedule(loan.id);
  const money = (amount: number) => formatMoney(amount, loan.currency, locale);
  const detail = 'text-end text-nowrap d-none d-md-table-cell';

  return (
    <Section title={t('schedule.title')}>
      <QueryTable
        query={schedule}
        size="sm"
        className="align-middle"
        columnCount={10}
        headers={
          <>
            <th>{t('schedule.number')}</th>
            <th>{t('schedule.dueDate')}</th>
            <th className={detail}>{t('schedule.principal')}</th>
            <th className={detail}>{t('schedule.interest')}</th>
            <th className={detail}>{t('schedule.fees')}</th>
            <th className={detail}>{t('schedule.penalties')}</th>
            <th className="text-end">{t('schedule.totalDue')}</th>
            <th className="text-end">{t('schedule.paid')}</th>
            <th className="text-end">{t('schedule.left')}</th>
            <th>{t('schedule.state')}</th>
          </>
        }
        renderRow={(installment) => {
          const style = STATE_STYLES[installment.state];
          return (
            <tr key={installment.number} className={style.row || undefined}>
              <td>{installment.number}</td>
              <td className="text-nowrap">{formatDate(installment.dueDate, locale)}</td>
              <td className={detail}>{money(installment.principalDue)}</td>
              <td className={detail}>{money(installment.interestDue)}</td>
              <td className={detail}>{money(installment.feesDue)}</td>
              <td className={detail}>{money(installment.penaltiesDue)}</td>
              <td className="text-end text-nowrap fw-semibold">{money(installment.totalDue)}</td>
              <td className="text-end text-nowrap">{money(installment.totalPaid)}</td>
              <td className="text-end text-nowrap">{money(installment.outstanding)}</td>
              <td>
                <Badge bg={style.badge} text={style.text}>
                  {t(`installmentStates.${installment.state}`)}
                </Badge>
              </td>
            </tr>
          );
        }}
        emptyMessage={t('schedule.empty')}
      />
    </Section>
  );
}
