import { Forbidden } from '@/components/ui/forbidden';
import { OfflineHome } from '@/features/sync/components/offline-home';
import { useCurrentUser } from '@/lib/auth';
import { Authorization, POLICIES } from '@/lib/authorization';

function OfflinePage() {
  return <OfflineHome userId={useCurrentUser().id} />;
}

/** « Collecte hors ligne »: the field agent's home, with or without a network (docs/offline.md). */
export default function OfflineRoute() {
  return (
    <Authorization allowed={POLICIES.offlineCollection} forbiddenFallback={<Forbidden />}>
      <OfflinePage />
    </Authorization>
  );
}
