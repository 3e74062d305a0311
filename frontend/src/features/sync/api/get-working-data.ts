import { api, unwrap } from '@/lib/api-client';

/** The agent's clients, accounts, loans and tontine participants, for a day offline. */
export function getWorkingData() {
  return unwrap(api.GET('/api/v1/sync/working-data'));
}
