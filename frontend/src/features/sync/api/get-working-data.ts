import { syncApi } from '@/features/sync/api/sync-client';
import { unwrap } from '@/lib/api-client';

/** The agent's clients, accounts, loans and tontine participants, for a day offline. */
export function getWorkingData() {
  return unwrap(syncApi.GET('/api/v1/sync/working-data'));
}
