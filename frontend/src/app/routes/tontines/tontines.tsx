import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { ParticipantsList } from '@/features/tontines/components/participants-list';
import { TontinesList } from '@/features/tontines/components/tontines-list';
import { useInstitutionCurrency } from '@/lib/auth';
import { Authorization, POLICIES } from '@/lib/authorization';

function TontinesPage() {
  const { t } = useTranslation();
  const currency = useInstitutionCurrency();
  return (
    <>
      <PageHeader title={t('tontines.title')} />
      <TontinesList />
      <Section title={t('tontines.participants')}>
        <ParticipantsList currency={currency} />
      </Section>
    </>
  );
}

/** The tontines (the administrator manages them, everyone else reads), then their participants. */
export default function TontinesRoute() {
  return (
    <Authorization allowed={POLICIES.tontines} forbiddenFallback={<Forbidden />}>
      <TontinesPage />
    </Authorization>
  );
}
