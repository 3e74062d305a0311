import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/types/api';

export type GetUsersQuery = NonNullable<paths['/api/v1/users']['get']['parameters']['query']>;

export const usersQueryKey = ['users'] as const;

export function getUsers(query: GetUsersQuery) {
  return unwrap(api.GET('/api/v1/users', { params: { query } }));
}

export type User = Awaited<ReturnType<typeof getUsers>>['items'][number];

export function getUsersQueryOptions(query: GetUsersQuery) {
  return queryOptions({
    queryKey: [...usersQueryKey, query],
    queryFn: () => getUsers(query),
    placeholderData: keepPreviousData,
  });
}

export function useUsers(query: GetUsersQuery) {
  return useQuery(getUsersQueryOptions(query));
}
