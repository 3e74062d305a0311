import type { Client } from 'openapi-fetch';

import type { TontinePaths } from '@/features/tontines/types';
import { api } from '@/lib/api-client';

/**
 * The API client (its token, refresh and language), typed with the tontines' paths of the contract until the
 * generated `paths` hold them: then every call goes through `api` and this file goes.
 */
export const tontinesApi = api as unknown as Client<TontinePaths>;
