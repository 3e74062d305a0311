import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryTable } from '@/components/ui/paged-table';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { Section } from '@/components/ui/section';
import { paths } from '@/config/paths';
import { useLoanRepayments, type LoanRepayment } from '@/features/loans/api/get-loan-repayments';
import type { Loan } from '@/features/loans/api/get-loans';
import { useReverseLoanRepayment } from '@/features/loans/api/reverse-loan-repayment';
import { useIsAllowed, POLICIES } from '@/lib/authorization';
import { formatDate, formatMoney } from '@/lib/format';
import { useLocale } from '@/lib/i18n';

type ReverseDialogProps = { loan: Loan; repayment: LoanRepayment; amount: string; onClose: () => void };

/** Reverses a repayment (it posts): one key for this decision, whatever the retries. */
function ReverseRepaymentDialog({ loan, repayment, amount, onClose }: ReverseDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const reverse = useReverseLoanRepayment();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  return (
    <ReasonDialog
      title={t('loans.withReason.reverse.title')}
      message={t('loans.withReason.reverse.message', {
        amount,
        date: formatDate(repayment.date, locale),
        number: loan.number,
      })}
      label={t('loans.withReason.reverse.label')}
      submitLabel={t('loans.actions.reverse')}
      isPending={reverse.isPending}
      error={reverse.error}
      onSubmit={(data, onError) =>
        reverse.mutate(
          { loanId: loan.id, repaymentId: repayment.id, data, idempotencyKey },
          { onSuccess: onClose, onError },
        )
      }
      onClose={onClose}
    />
  );
}

/**
 * The loan's repayments, oldest first, each with how it was split and its receipt; a supervisor may reverse one
 * (every later repayment is then split again). On a phone the split gives way.
 */
export function LoanRepayments({ loan }: { loan: Loan }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const repayments = useLoanRepayments(loan.id);
  const canReverse = useIsAllowed(POLICIES.loanServicing) && (loan.status === 'Active' || loan.status === 'Repaid');
  const [reversing, setReversing] = useState<LoanRepayment | null>(null);
  const money = (amount: number) => formatMoney(amount, loan.currency, locale);
  const detail = 'text-end text-nowrap d-none d-md-table-cell';

  return (
    <Section title={t('loans.repayments')}>
      <QueryTable
        query={repayments}
        size="sm"
        className="align-middle"
        columnCount={9}
        headers={
          <>
            <th>{t('loans.repaymentDate')}</th>
            <th className="text-end">{t('operations.amount')}</th>
            <th className={detail}>{t('schedule.penalties')}</th>
            <th className={detail}>{t('schedule.fees')}</th>
            <th className={detail}>{t('schedule.interest')}</th>
            <th className={detail}>{t('schedule.principal')}</th>
            <th className="d-none d-md-table-cell">{t('operations.channel')}</th>
            <th>{t('common.status')}</th>
            <th className="text-end d-print-none">{t('common.actions')}</th>
          </>
        }
        renderRow={(repayment) => (
          <tr key={repayment.id} className={repayment.reversedAt ? 'text-body-secondary' : undefined}>
            <td className="text-nowrap">{formatDate(repayment.date, locale)}</td>
            <td
              className={`text-end text-nowrap fw-semibold ${repayment.reversedAt ? 'text-decoration-line-through' : ''}`}
            >
              {money(repayment.amount)}
            </td>
            <td className={detail}>{money(repayment.penaltiesPart)}</td>
            <td className={detail}>{money(repayment.feesPart)}</td>
            <td className={detail}>{money(repayment.interestPart)}</td>
            <td className={detail}>{money(repayment.principalPart)}</td>
            <td className="d-none d-md-table-cell">{t(`channels.${repayment.channel}`)}</td>
            <td>
              {repayment.reversedAt
                ? t('loans.reversed', { reason: repayment.reversalReason ?? '' })
                : t('loans.posted')}
            </td>
            <td className="text-end text-nowrap d-print-none">
              <Link to={paths.repaymentReceipt.getHref(loan.id, repayment.id)} className="me-2">
                {t('receipts.title')}
              </Link>
              {canReverse && !repayment.reversedAt && (
                <Button size="sm" variant="outline-danger" onClick={() => setReversing(repayment)}>
                  {t('loans.actions.reverse')}
                </Button>
              )}
            </td>
          </tr>
        )}
        emptyMessage={t('loans.noRepayments')}
      />
      {reversing && (
        <ReverseRepaymentDialog
          loan={loan}
          repayment={reversing}
          amount={money(reversing.amount)}
          onClose={() => setReversing(null)}
        />
      )}
    </Section>
  );
}
