import Badge from 'react-bootstrap/Badge';
import Nav from 'react-bootstrap/Nav';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { useOnline } from '@/features/sync/use-online';
import { useSync } from '@/features/sync/use-sync';

/**
 * In the top bar, for whoever collects: « Hors ligne » without a network, and the count of operations still to sync (red
 * when some were refused), leading to the offline home. Nothing when all is synced and online.
 */
export function PendingBadge() {
  const { t } = useTranslation();
  const sync = useSync();
  const online = useOnline();
  const pending = sync?.counts?.pending ?? 0;
  const refused = sync?.counts?.refused ?? 0;
  if (!sync || (online && pending === 0 && refused === 0)) return null;
  return (
    <Nav.Link as={Link} to={paths.offline.getHref()} className="d-flex align-items-center gap-1 px-1">
      {!online && (
        <Badge bg="light" text="dark">
          {t('sync.network.offline')}
        </Badge>
      )}
      {(pending > 0 || refused > 0) && (
        <Badge bg={refused > 0 ? 'danger' : 'warning'} text={refused > 0 ? undefined : 'dark'} pill>
          <span aria-hidden="true">{pending + refused}</span>
          <span className="visually-hidden">{t('sync.badge', { pending, refused })}</span>
        </Badge>
      )}
    </Nav.Link>
  );
}
