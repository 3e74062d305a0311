import { useBranches } from '@/features/identity-access/api/get-branches';
import type { ClientFormOptions } from '@/features/clients/components/client-form-dialog';
import { useUsers } from '@/features/identity-access/api/get-users';

/**
 * The branches and agents a client may be given. An agent may read neither (the API answers 403): the lists are then
 * absent, the form leaves the fields out and the API defaults them to the agent's own branch and to the agent.
 */
export function useClientFormOptions(): ClientFormOptions {
  const branches = useBranches({ isActive: true, page: 1, pageSize: 100 });
  const agents = useUsers({ role: 'Agent', isActive: true, page: 1, pageSize: 100 });
  return {
    branches: branches.data?.items,
    agents: agents.data?.items.map((agent) => ({ id: agent.id, name: agent.displayName })),
  };
}
