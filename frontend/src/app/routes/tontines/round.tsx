import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { DailyRound } from '@/features/tontines/components/daily-round';
import { useCurrentUser, useInstitutionCurrency } from '@/lib/auth';
import { Authorization, POLICIES } from '@/lib/authorization';

function RoundPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const currency = useInstitutionCurrency();
  return (
    <>
      <PageHeader title={t('tontines.round.title')} />
      <DailyRound agentId={user.id} currency={currency} />
    </>
  );
}

/** "My round": the signed-in collector's participants and what they collected today. */
export default function TontineRoundRoute() {
  return (
    <Authorization allowed={POLICIES.tontineOfficer} forbiddenFallback={<Forbidden />}>
      <RoundPage />
    </Authorization>
  );
}
