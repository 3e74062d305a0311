import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { ClientPaymentButton } from '@/app/routes/payments/client-payment-button';
import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { QueryView } from '@/components/ui/query-view';
import type { PaymentTarget } from '@/features/payments/api/create-payment';
import { useParticipant } from '@/features/tontines/api/get-participant';
import type { Participant } from '@/features/tontines/api/get-participants';
import { Booklet } from '@/features/tontines/components/booklet';
import { ContributionsList } from '@/features/tontines/components/contributions-list';
import { ParticipantActions } from '@/features/tontines/components/participant-actions';
import { ParticipantSummary } from '@/features/tontines/components/participant-summary';
import { PendingTontineWithdrawals } from '@/features/tontines/components/pending-tontine-withdrawals';
import { useInstitutionCurrency } from '@/lib/auth';
import { Authorization, POLICIES } from '@/lib/authorization';

/** Days collected by mobile money (payments) while the participant is active: a multiple of the daily amount. */
function paymentTarget(participant: Participant, currency: string): PaymentTarget | null {
  if (participant.status !== 'Active') return null;
  return {
    purpose: 'TontineContribution',
    id: participant.id,
    number: participant.clientNumber,
    clientName: participant.clientName,
    currency,
  };
}

/** The participant's savings, what may be done (collect, ask for a withdrawal), the booklet and the contributions. */
function ParticipantPage({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const currency = useInstitutionCurrency();
  return (
    <QueryView query={useParticipant(participantId)}>
      {(participant) => (
        <>
          <PageHeader
            title={t('tontines.participant.title', { name: participant.clientName, tontine: participant.tontineName })}
            actions={
              <div className="d-flex flex-wrap gap-2">
                <ParticipantActions participant={participant} currency={currency} />
                <ClientPaymentButton clientId={participant.clientId} target={paymentTarget(participant, currency)} />
              </div>
            }
          />
          <ParticipantSummary participant={participant} currency={currency} />
          <Booklet participantId={participant.id} />
          <PendingTontineWithdrawals currency={currency} participantId={participant.id} />
          <ContributionsList participant={participant} currency={currency} />
        </>
      )}
    </QueryView>
  );
}

export default function TontineParticipantRoute() {
  const { participantId = '' } = useParams();
  return (
    <Authorization allowed={POLICIES.tontines} forbiddenFallback={<Forbidden />}>
      <ParticipantPage participantId={participantId} />
    </Authorization>
  );
}
