import { WelcomePanel } from '@/components/welcome-panel';
import { useCurrentUser } from '@/lib/auth';

export default function DashboardRoute() {
  return <WelcomePanel user={useCurrentUser()} />;
}
