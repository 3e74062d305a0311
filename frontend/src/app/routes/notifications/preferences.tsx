import { useTranslation } from 'react-i18next';

import { Forbidden } from '@/components/ui/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { NotificationPreferencesForm } from '@/features/notifications/components/notification-preferences-form';
import { Authorization, POLICIES } from '@/lib/authorization';

/** How the signed-in member of staff is notified (`/notifications/preferences`), reached from the notifications' panel. */
export default function NotificationPreferencesRoute() {
  const { t } = useTranslation();
  return (
    <Authorization allowed={POLICIES.notifications} forbiddenFallback={<Forbidden />}>
      <PageHeader title={t('notifications.preferences.title')} />
      <NotificationPreferencesForm />
    </Authorization>
  );
}
