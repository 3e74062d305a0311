import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { PickClientDialog } from '@/features/clients/components/pick-client-dialog';
import { LoanApplicationDialog } from '@/features/loans/components/loan-application-dialog';
import { LoanInboxes } from '@/features/loans/components/loan-inboxes';
import { LoansList } from '@/features/loans/components/loans-list';
import { Authorization, POLICIES } from '@/lib/authorization';

/** A new application from the loans page: first the client (clients), then the application (loans). */
function NewApplication() {
  const { t } = useTranslation();
  const [step, setStep] = useState<'closed' | 'client' | { id: string; name: string }>('closed');
  const close = () => setStep('closed');
  return (
    <>
      <Button onClick={() => setStep('client')}>{t('loans.newApplication')}</Button>
      {step === 'client' && (
        <PickClientDialog
          title={t('loans.newApplication')}
          submitLabel={t('common.next')}
          onPick={setStep}
          onClose={close}
        />
      )}
      {typeof step === 'object' && <LoanApplicationDialog client={step} onClose={close} />}
    </>
  );
}

/** The loans section: what waits on the user by role, then every loan with its filters. */
export default function LoansRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.loans} forbiddenFallback={<Forbidden />}>
      <PageHeader
        title={t('loans.title')}
        actions={
          <Authorization allowed={POLICIES.loanOfficer}>
            <NewApplication />
          </Authorization>
        }
      />
      <LoanInboxes />
      <LoansList />
    </Authorization>
  );
}
