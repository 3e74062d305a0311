import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { Section } from '@/components/ui/section';
import { useLoans } from '@/features/loans/api/get-loans';
import { LoanApplicationDialog } from '@/features/loans/components/loan-application-dialog';
import { LoansTable } from '@/features/loans/components/loans-table';
import { Authorization, POLICIES } from '@/lib/authorization';

const PAGE_SIZE = 10;

type ClientLoansProps = {
  client: { id: string; name: string };
  /** Whether the client may apply (an active client, identity checked). */
  canApply: boolean;
};

/** A client's loans and applications; the front office applies for a new one here. */
export function ClientLoans({ client, canApply }: ClientLoansProps) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [applying, setApplying] = useState(false);
  const loans = useLoans({ clientId: client.id, page, pageSize: PAGE_SIZE });

  return (
    <Section
      title={t('loans.title')}
      actions={
        canApply && (
          <Authorization allowed={POLICIES.loanOfficer}>
            <Button size="sm" className="d-print-none" onClick={() => setApplying(true)}>
              {t('loans.apply')}
            </Button>
          </Authorization>
        )
      }
    >
      <LoansTable
        query={loans}
        emptyMessage={t('loans.noneForClient')}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
      {applying && <LoanApplicationDialog client={client} onClose={() => setApplying(false)} />}
    </Section>
  );
}
