import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';

import {
  feedLines,
  markAllReadInCaches,
  receiveNotification,
  withAllRead,
  withPushed,
  withRead,
  type Feed,
} from '@/features/notifications/api/feed-cache';
import { feedQueryKey } from '@/features/notifications/api/get-notifications';
import { unreadCountQueryKey } from '@/features/notifications/api/get-unread-count';
import {
  ACCOUNT_TO_APPROVE,
  feedPage,
  PAYMENT_SUCCEEDED,
  WITHDRAWAL_TO_APPROVE,
} from '@/features/notifications/testing/fixtures';

const feedOf = (...pages: Feed['pages']): Feed => ({ pages, pageParams: pages.map((page) => page.page) });

const ids = (feed: Feed) => feedLines(feed).map((line) => line.id);

describe('the cached feed', () => {
  it('lists each line once when a page fetched after a push repeats the line the push shifted down', () => {
    const feed = feedOf(
      feedPage([WITHDRAWAL_TO_APPROVE, ACCOUNT_TO_APPROVE], 1, 3, 2),
      feedPage([ACCOUNT_TO_APPROVE, PAYMENT_SUCCEEDED], 2, 3, 2),
    );

    expect(ids(feed)).toEqual(['n3', 'n2', 'n1']);
  });

  it('puts a pushed line on top of the feed and counts it in every page', () => {
    const feed = feedOf(feedPage([ACCOUNT_TO_APPROVE], 1, 2, 1), feedPage([PAYMENT_SUCCEEDED], 2, 2, 1));

    const pushed = withPushed(feed, WITHDRAWAL_TO_APPROVE, undefined);

    expect(ids(pushed)).toEqual(['n3', 'n2', 'n1']);
    expect(pushed.pages.map((page) => page.totalCount)).toEqual([3, 3]);
  });

  it('leaves a feed filtered on another kind, and a line it holds already, as they are', () => {
    const payments = feedOf(feedPage([PAYMENT_SUCCEEDED]));
    const all = feedOf(feedPage([WITHDRAWAL_TO_APPROVE]));

    expect(withPushed(payments, WITHDRAWAL_TO_APPROVE, 'PaymentSucceeded')).toBe(payments);
    expect(withPushed(all, WITHDRAWAL_TO_APPROVE, undefined)).toBe(all);
    expect(ids(withPushed(payments, { ...PAYMENT_SUCCEEDED, id: 'n4' }, 'PaymentSucceeded'))).toEqual(['n4', 'n1']);
  });

  it('marks the line read as the API answered, and the others unchanged', () => {
    const feed = feedOf(feedPage([WITHDRAWAL_TO_APPROVE, ACCOUNT_TO_APPROVE]));

    const read = withRead(feed, { ...WITHDRAWAL_TO_APPROVE, readAt: '2026-12-04T10:20:00Z' });

    expect(feedLines(read).map((line) => line.readAt)).toEqual(['2026-12-04T10:20:00Z', null]);
  });

  it('marks every unread line read, keeping when the others were', () => {
    const feed = feedOf(feedPage([WITHDRAWAL_TO_APPROVE]), feedPage([PAYMENT_SUCCEEDED], 2));

    const read = withAllRead(feed, '2026-12-04T11:00:00Z');

    expect(feedLines(read).map((line) => line.readAt)).toEqual(['2026-12-04T11:00:00Z', '2026-12-03T17:00:00Z']);
  });
});

describe('a notification pushed live', () => {
  function cachedFeeds() {
    const queryClient = new QueryClient();
    queryClient.setQueryData(unreadCountQueryKey, { count: 1 });
    queryClient.setQueryData([...feedQueryKey, { kind: undefined }], feedOf(feedPage([ACCOUNT_TO_APPROVE])));
    queryClient.setQueryData([...feedQueryKey, { kind: 'PaymentSucceeded' }], feedOf(feedPage([PAYMENT_SUCCEEDED])));
    const lines = (kind?: string) => ids(queryClient.getQueryData<Feed>([...feedQueryKey, { kind }])!);
    return { queryClient, lines, unread: () => queryClient.getQueryData(unreadCountQueryKey) };
  }

  it('goes on top of the feeds of its kind and adds one to the badge', () => {
    const { queryClient, lines, unread } = cachedFeeds();

    receiveNotification(queryClient, WITHDRAWAL_TO_APPROVE);

    expect(lines()).toEqual(['n3', 'n2']);
    expect(lines('PaymentSucceeded')).toEqual(['n1']);
    expect(unread()).toEqual({ count: 2 });
  });

  it('leaves a feed waiting to be read again (after a reconnection) to the API, so it is fetched with what was lost', async () => {
    const { queryClient } = cachedFeeds();
    await queryClient.invalidateQueries({ queryKey: feedQueryKey });

    receiveNotification(queryClient, WITHDRAWAL_TO_APPROVE);

    const all = queryClient.getQueryState([...feedQueryKey, { kind: undefined }])!;
    expect(all.isInvalidated).toBe(true);
    expect(ids(all.data as Feed)).toEqual(['n2']);
  });

  it('leaves the badge alone when it comes read already', () => {
    const { queryClient, unread } = cachedFeeds();

    receiveNotification(queryClient, { ...PAYMENT_SUCCEEDED, id: 'n5' });

    expect(unread()).toEqual({ count: 1 });
  });

  it('after « Tout marquer comme lu », the badge is at zero and no line is unread', () => {
    const { queryClient, unread } = cachedFeeds();

    markAllReadInCaches(queryClient, '2026-12-04T11:00:00Z');

    expect(unread()).toEqual({ count: 0 });
    const all = queryClient.getQueryData<Feed>([...feedQueryKey, { kind: undefined }])!;
    expect(feedLines(all).every((line) => line.readAt)).toBe(true);
  });
});
