import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { TwoFactorSection } from '@/features/identity-access/components/two-factor-section';

/** The signed-in user's own security settings (`/account/security`), reached from the user menu. */
export default function AccountSecurityRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('twoFactor.securityTitle')} />
      <TwoFactorSection />
    </>
  );
}
