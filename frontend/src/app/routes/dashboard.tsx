import { PendingSyncFigure } from '@/app/routes/sync/pending-sync-figure';
import { WelcomePanel } from '@/components/welcome-panel';
import { Dashboard } from '@/features/reporting/components/dashboard/dashboard';
import { useCurrentUser } from '@/lib/auth';
import { hasAnyRole, POLICIES } from '@/lib/authorization';

/** The landing page: an institution's staff get their role's figures; the platform admin, who sees no client data, a welcome. */
export default function DashboardRoute() {
  const user = useCurrentUser();
  const syncFigure = hasAnyRole(user.roles, POLICIES.syncDevices) ? <PendingSyncFigure /> : undefined;
  return user.roles.includes('PlatformAdmin') ? <WelcomePanel user={user} /> : <Dashboard displayName={user.displayName} institutionName={user.institutionName ?? ''} managerExtra={syncFigure} />;
}
