import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/types/api';

export type Notification = components['schemas']['NotificationDto'];

export type NotificationKind = components['schemas']['NotificationKind'];

/** Every kind, in the order the filter and the e-mail preferences list them (the API's). */
export const NOTIFICATION_KINDS = [
  'WithdrawalPendingApproval',
  'AccountPendingApproval',
  'LoanApplicationStep',
  'PaymentSucceeded',
  'PaymentFailed',
  'PaymentFlagged',
  'PaymentOrphan',
  'TontineAdhesionValidated',
  'TontineWithdrawalApproved',
  'InstallmentDueSoon',
  'InstallmentOverdue',
  'TontineContributionsMissed',
  'EndOfDayFinished',
  'AnomaliesFound',
] as const satisfies readonly NotificationKind[];

export const notificationsQueryKey = ['notifications'] as const;

export const feedQueryKey = [...notificationsQueryKey, 'feed'] as const;

/** Lines fetched per « Voir plus ». */
export const FEED_PAGE_SIZE = 20;

export function getNotifications(kind: NotificationKind | undefined, page: number) {
  return unwrap(api.GET('/api/v1/notifications', { params: { query: { kind, page, pageSize: FEED_PAGE_SIZE } } }));
}

export type FeedPage = Awaited<ReturnType<typeof getNotifications>>;

/** The feed, newest first, one page more on each « Voir plus »; `kind` filters it (all kinds when undefined). */
export function getFeedQueryOptions(kind: NotificationKind | undefined) {
  return infiniteQueryOptions({
    queryKey: [...feedQueryKey, { kind }],
    queryFn: ({ pageParam }) => getNotifications(kind, pageParam),
    initialPageParam: 1,
    getNextPageParam: (last: FeedPage) => (last.page * last.pageSize < last.totalCount ? last.page + 1 : undefined),
  });
}

export function useFeed(kind: NotificationKind | undefined, enabled: boolean) {
  return useInfiniteQuery({ ...getFeedQueryOptions(kind), enabled });
}
