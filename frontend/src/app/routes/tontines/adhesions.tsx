import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import { useTranslation } from 'react-i18next';

import { ClientPaymentButton } from '@/app/routes/payments/client-payment-button';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { PickClientDialog } from '@/features/clients/components/pick-client-dialog';
import type { Adhesion } from '@/features/tontines/api/get-adhesions';
import { AdhesionDialog } from '@/features/tontines/components/adhesion-dialog';
import { AdhesionsInbox } from '@/features/tontines/components/adhesions-inbox';
import { useInstitutionCurrency } from '@/lib/auth';
import { Authorization, POLICIES } from '@/lib/authorization';

/** A new adhesion: first the client (clients), then the tontine and the daily amount (tontines). */
function NewAdhesion({ currency }: { currency: string }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'closed' | 'client' | { id: string; name: string }>('closed');
  const close = () => setStep('closed');
  return (
    <>
      <Button onClick={() => setStep('client')}>{t('tontines.adhesions.new')}</Button>
      {step === 'client' && (
        <PickClientDialog
          title={t('tontines.adhesions.new')}
          submitLabel={t('common.next')}
          onPick={setStep}
          onClose={close}
        />
      )}
      {typeof step === 'object' && <AdhesionDialog client={step} currency={currency} onClose={close} />}
    </>
  );
}

/** The fee of a validated adhesion by mobile money (payments), from the client's phone (clients). */
function MobileMoneyFee({ adhesion, currency }: { adhesion: Adhesion; currency: string }) {
  if (adhesion.adhesionFee <= 0) return null;
  return (
    <ClientPaymentButton
      clientId={adhesion.clientId}
      target={{
        purpose: 'TontineAdhesionFee',
        id: adhesion.id,
        number: adhesion.tontineName,
        clientName: adhesion.clientName,
        currency,
        fixedAmount: adhesion.adhesionFee,
      }}
    />
  );
}

function AdhesionsPage() {
  const { t } = useTranslation();
  const currency = useInstitutionCurrency();
  return (
    <>
      <PageHeader
        title={t('tontines.adhesions.title')}
        actions={
          <Authorization allowed={POLICIES.tontineOfficer}>
            <NewAdhesion currency={currency} />
          </Authorization>
        }
      />
      <AdhesionsInbox
        currency={currency}
        mobileMoneyFee={(adhesion) => <MobileMoneyFee adhesion={adhesion} currency={currency} />}
      />
    </>
  );
}

/** The adhesions to tontines: the requests to validate, the fees to take, the participants they made. */
export default function TontineAdhesionsRoute() {
  return (
    <Authorization allowed={POLICIES.tontines} forbiddenFallback={<Forbidden />}>
      <AdhesionsPage />
    </Authorization>
  );
}
