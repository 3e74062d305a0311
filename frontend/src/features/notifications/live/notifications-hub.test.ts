import type { IHttpConnectionOptions, IRetryPolicy } from '@microsoft/signalr';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { connectNotifications, retryDelay } from '@/features/notifications/live/notifications-hub';
import { WITHDRAWAL_TO_APPROVE } from '@/features/notifications/testing/fixtures';

/** What the code under test asked of SignalR's builder, and the connection it built (a fake). */
const built = vi.hoisted(() => ({
  url: '',
  options: undefined as IHttpConnectionOptions | undefined,
  policy: undefined as IRetryPolicy | undefined,
  handlers: new Map<string, (payload: unknown) => void>(),
  reconnected: undefined as (() => void) | undefined,
  start: vi.fn<() => Promise<void>>(),
  stop: vi.fn<() => Promise<void>>(),
}));

vi.mock('@microsoft/signalr', () => {
  class HubConnectionBuilder {
    withUrl(url: string, options: IHttpConnectionOptions) {
      built.url = url;
      built.options = options;
      return this;
    }
    withAutomaticReconnect(policy: IRetryPolicy) {
      built.policy = policy;
      return this;
    }
    configureLogging() {
      return this;
    }
    build() {
      return {
        on: (method: string, handler: (payload: unknown) => void) => built.handlers.set(method, handler),
        onreconnected: (handler: () => void) => (built.reconnected = handler),
        onclose: () => undefined,
        start: built.start,
        stop: built.stop,
      };
    }
  }
  return { HubConnectionBuilder, LogLevel: { Warning: 3 } };
});

function connect() {
  const options = {
    accessToken: vi.fn(() => Promise.resolve('access-7')),
    onNotification: vi.fn(),
    onConnected: vi.fn(),
  };
  return { options, stop: connectNotifications(options) };
}

describe('the live connection to the notifications hub', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    built.handlers.clear();
    built.start.mockReset().mockResolvedValue(undefined);
    built.stop.mockReset().mockResolvedValue(undefined);
  });
  afterEach(() => vi.useRealTimers());

  it('connects to the hub with the current access token and no cookies, then reads the feed again', async () => {
    const { options } = connect();
    await vi.waitFor(() => expect(options.onConnected).toHaveBeenCalledTimes(1));

    expect(built.url).toBe('http://api.test/hubs/notifications');
    expect(built.options?.withCredentials).toBe(false);
    expect(await built.options?.accessTokenFactory?.()).toBe('access-7');
    expect(options.accessToken).toHaveBeenCalled();
  });

  it('hands each notification pushed to its listener, and reads the feed again after a reconnection', async () => {
    const { options } = connect();
    await vi.waitFor(() => expect(built.handlers.has('notification')).toBe(true));

    built.handlers.get('notification')!(WITHDRAWAL_TO_APPROVE);
    built.reconnected!();

    expect(options.onNotification).toHaveBeenCalledWith(WITHDRAWAL_TO_APPROVE);
    expect(options.onConnected).toHaveBeenCalledTimes(2);
  });

  it('keeps reconnecting, backing off to every 30 s, rather than give up after four tries', () => {
    connect();

    const delays = [0, 1, 2, 3, 4, 10, 100].map((previousRetryCount) =>
      built.policy!.nextRetryDelayInMilliseconds({ previousRetryCount, elapsedMilliseconds: 0, retryReason: new Error() }),
    );

    expect(delays).toEqual([0, 2_000, 5_000, 10_000, 30_000, 30_000, 30_000]);
    expect(retryDelay(50)).toBe(30_000);
  });

  it('tries the first connection again when the API cannot be reached, until it can', async () => {
    built.start.mockRejectedValueOnce(new Error('Failed to fetch')).mockRejectedValueOnce(new Error('Failed to fetch'));
    const { options } = connect();

    await vi.waitFor(() => expect(built.start).toHaveBeenCalledTimes(2));
    expect(options.onConnected).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2_000);

    expect(built.start).toHaveBeenCalledTimes(3);
    expect(options.onConnected).toHaveBeenCalledTimes(1);
  });

  it('stops the connection, and any retry, at sign-out', async () => {
    built.start.mockRejectedValue(new Error('Failed to fetch'));
    const { stop } = connect();
    await vi.waitFor(() => expect(built.start).toHaveBeenCalledTimes(2));

    stop();
    await vi.advanceTimersByTimeAsync(60_000);

    expect(built.stop).toHaveBeenCalledTimes(1);
    expect(built.start).toHaveBeenCalledTimes(2);
  });
});
