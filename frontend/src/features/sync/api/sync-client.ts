import type { Client } from 'openapi-fetch';

import type { SyncPaths } from '@/features/sync/types';
import { api } from '@/lib/api-client';

/**
 * The app's API client (token, refresh, language), typed with the Sync paths written by hand in types.ts: the
 * generated `paths` lack them until the server's OpenAPI is merged, then this becomes `api` itself.
 */
export const syncApi = api as unknown as Client<SyncPaths>;
