import Badge from 'react-bootstrap/Badge';
import { useTranslation } from 'react-i18next';

import { useOnline } from '@/features/sync/use-online';

/** « En ligne » or « Hors ligne », as the browser knows it. */
export function NetworkStatus() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <Badge bg={online ? 'success' : 'secondary'} role="status" className="fs-6">
      {t(online ? 'sync.network.online' : 'sync.network.offline')}
    </Badge>
  );
}
