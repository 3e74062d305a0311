import { useTranslation } from 'react-i18next';

import { ClientRecordsTable, type ClientRecordsTableProps } from '@/components/ui/client-records-table';
import { paths } from '@/config/paths';
import type { Loan } from '@/features/loans/api/get-loans';
import { ArrearsBadge, LoanStatusBadge } from '@/features/loans/components/loan-status-badge';
import { formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

/**
 * Loans and applications: amount, what is left to repay (once disbursed), status and arrears, and why a draft was
 * returned. On a phone the product gives way.
 */
export function LoansTable(props: ClientRecordsTableProps<Loan>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const money = (amount: number, loan: Loan) => formatMoney(amount, loan.currency, locale);
  return (
    <ClientRecordsTable
      numberHeader={t('loans.number')}
      href={(loan) => paths.loan.getHref(loan.id)}
      columnCount={4}
      headers={
        <>
          <th className="d-none d-md-table-cell">{t('loans.product')}</th>
          <th className="text-end">{t('operations.amount')}</th>
          <th className="text-end">{t('loans.outstanding')}</th>
          <th>{t('common.status')}</th>
        </>
      }
      cells={(loan) => (
        <>
          <td className="d-none d-md-table-cell">{loan.productName}</td>
          <td className="text-end text-nowrap">{money(loan.principal, loan)}</td>
          <td className="text-end text-nowrap">{loan.disbursementDate ? money(loan.outstanding, loan) : '—'}</td>
          <td>
            <LoanStatusBadge status={loan.status} />
            <ArrearsBadge days={loan.daysInArrears} />
            {loan.status === 'Draft' && loan.statusReason && (
              <div className="small text-body-secondary">
                {t('loans.returnedBecause', { reason: loan.statusReason })}
              </div>
            )}
          </td>
        </>
      )}
      {...props}
    />
  );
}
