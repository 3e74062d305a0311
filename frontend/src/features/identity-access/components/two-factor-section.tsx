import { useQueryClient } from '@tanstack/react-query';
import Alert from 'react-bootstrap/Alert';
import { useTranslation } from 'react-i18next';

import { Section } from '@/components/ui/section';
import { TwoFactorEnrolment } from '@/features/identity-access/components/two-factor-enrolment';
import { currentUserQueryKey, useCurrentUser } from '@/lib/auth';

/** Whether the user signs in with a code, and enrolling an app from here (voluntarily, or because the role requires it). */
export function TwoFactorSection() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const queryClient = useQueryClient();

  return (
    <Section title={t('twoFactor.enrolTitle')}>
      {user.twoFactorEnabled ? (
        <>
          <Alert variant="success">{t('twoFactor.enabled')}</Alert>
          <p className="text-body-secondary">{t('twoFactor.lostPhone')}</p>
        </>
      ) : (
        <div style={{ maxWidth: 480 }}>
          <Alert variant={user.twoFactorRequired ? 'warning' : 'secondary'}>
            {t(user.twoFactorRequired ? 'twoFactor.requiredNotice' : 'twoFactor.disabled')}
          </Alert>
          <TwoFactorEnrolment onDone={() => void queryClient.invalidateQueries({ queryKey: currentUserQueryKey })} />
        </div>
      )}
    </Section>
  );
}
