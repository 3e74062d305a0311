import type { InfiniteData, QueryClient } from '@tanstack/react-query';

import {
  feedQueryKey,
  notificationsQueryKey,
  type FeedPage,
  type Notification,
  type NotificationKind,
} from '@/features/notifications/api/get-notifications';
import { unreadCountQueryKey, type UnreadCount } from '@/features/notifications/api/get-unread-count';

/*
 * How the cached feed and badge follow what happens without asking the API again: a pushed notification goes on top
 * of the feeds it belongs to and adds one to the badge; a line read, or all of them, is marked so at once.
 */

export type Feed = InfiniteData<FeedPage>;

type FeedKey = readonly [...typeof feedQueryKey, { kind?: NotificationKind }];

/**
 * The lines of the pages loaded, each once: a line pushed on top shifts the API's pages by one, so the next page
 * fetched starts with the last line already shown.
 */
export function feedLines(feed: Feed | undefined): Notification[] {
  const seen = new Set<string>();
  return (feed?.pages ?? []).flatMap((page) =>
    page.items.filter((line) => !seen.has(line.id) && seen.add(line.id)),
  );
}

/** The feed with `notification` on top, when it is of the feed's kind and not there already. */
export function withPushed(feed: Feed, notification: Notification, kind: NotificationKind | undefined): Feed {
  if ((kind && notification.kind !== kind) || feedLines(feed).some((line) => line.id === notification.id)) return feed;
  const [first, ...rest] = feed.pages;
  return {
    ...feed,
    pages: [
      { ...first, items: [notification, ...first.items], totalCount: first.totalCount + 1 },
      ...rest.map((page) => ({ ...page, totalCount: page.totalCount + 1 })),
    ],
  };
}

function mapLines(feed: Feed, map: (line: Notification) => Notification): Feed {
  return { ...feed, pages: feed.pages.map((page) => ({ ...page, items: page.items.map(map) })) };
}

/** The feed with the line read as the API answered. */
export function withRead(feed: Feed, read: Notification): Feed {
  return mapLines(feed, (line) => (line.id === read.id ? read : line));
}

/** The feed with every unread line read at `readAt`. */
export function withAllRead(feed: Feed, readAt: string): Feed {
  return mapLines(feed, (line) => (line.readAt ? line : { ...line, readAt }));
}

/**
 * Applies `update` to the cached feeds, except those waiting to be read again (after a reconnection): writing into one
 * would mark it fresh, and the lines pushed while the connection was down would never show.
 */
function updateFeeds(queryClient: QueryClient, update: (feed: Feed, kind: NotificationKind | undefined) => Feed) {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: feedQueryKey })) {
    const feed = query.state.data as Feed | undefined;
    if (!feed || query.state.isInvalidated) continue;
    queryClient.setQueryData<Feed>(query.queryKey, update(feed, (query.queryKey as unknown as FeedKey)[2].kind));
  }
}

/** A notification pushed live: on top of the feeds it belongs to, one more on the badge. */
export function receiveNotification(queryClient: QueryClient, notification: Notification) {
  updateFeeds(queryClient, (feed, kind) => withPushed(feed, notification, kind));
  if (!notification.readAt) {
    queryClient.setQueryData<UnreadCount>(unreadCountQueryKey, (unread) => unread && { count: unread.count + 1 });
  }
}

/** A line read: marked in every feed; the badge is asked again (the line may have been read elsewhere already). */
export function markReadInCaches(queryClient: QueryClient, read: Notification) {
  updateFeeds(queryClient, (feed) => withRead(feed, read));
  return queryClient.invalidateQueries({ queryKey: unreadCountQueryKey });
}

/** Everything read: the feeds marked, the badge at zero. */
export function markAllReadInCaches(queryClient: QueryClient, readAt: string) {
  updateFeeds(queryClient, (feed) => withAllRead(feed, readAt));
  queryClient.setQueryData<UnreadCount>(unreadCountQueryKey, { count: 0 });
}

/** The badge and the feeds read again from the API: pushes sent while the connection was down are lost. */
export function refreshNotifications(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: notificationsQueryKey });
}
