import type { HubConnection } from '@microsoft/signalr';

import type { Notification } from '@/features/notifications/api/get-notifications';
import { env } from '@/config/env';

/** The API's hub (backend `HubPaths.Notifications`) and the method a notification arrives on (`NotificationsHub`). */
export const HUB_URL = `${env.apiBaseUrl}/hubs/notifications`;
export const NOTIFICATION_METHOD = 'notification';

/**
 * Waits between attempts to (re)connect: at once, then backing off up to every 30 s, for as long as the user is signed
 * in — a phone may stay out of coverage for an hour, and SignalR's default policy gives up after four tries.
 */
const RETRY_DELAYS_MS = [0, 2_000, 5_000, 10_000, 30_000];

export function retryDelay(previousRetryCount: number) {
  return RETRY_DELAYS_MS[Math.min(previousRetryCount, RETRY_DELAYS_MS.length - 1)];
}

export type LiveNotificationsOptions = {
  /** A usable access token, renewed when about to expire: it is read on each (re)connection. */
  accessToken: () => Promise<string | null>;
  onNotification: (notification: Notification) => void;
  /** Each time the connection is up, the first time included: what was pushed before it was is to be read again. */
  onConnected: () => void;
};

/**
 * Listens to the user's notifications on the hub until the returned function is called. The SignalR client is loaded
 * here, on first use, rather than with the first screen.
 */
export function connectNotifications({ accessToken, onNotification, onConnected }: LiveNotificationsOptions) {
  let stopped = false;
  let connection: HubConnection | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;

  async function build() {
    const signalR = await import('@microsoft/signalr');
    const built = new signalR.HubConnectionBuilder()
      .withUrl(HUB_URL, {
        // Read on each attempt, so that a reconnection after a long cut sends a renewed token, not the expired one.
        accessTokenFactory: async () => (await accessToken()) ?? '',
        withCredentials: false,
      })
      .withAutomaticReconnect({
        nextRetryDelayInMilliseconds: ({ previousRetryCount }) => retryDelay(previousRetryCount),
      })
      .configureLogging(signalR.LogLevel.Warning)
      .build();
    built.on(NOTIFICATION_METHOD, onNotification);
    built.onreconnected(onConnected);
    // Closed otherwise than by stop() (the server refused a reconnection): start again, as after a failed start.
    built.onclose(() => schedule(RETRY_DELAYS_MS.length - 1));
    return built;
  }

  function schedule(attempt: number) {
    if (!stopped) retry = setTimeout(() => void start(attempt + 1), retryDelay(attempt));
  }

  /** SignalR reconnects a connection that was up; a first start that fails (API unreachable) is retried here. */
  async function start(attempt: number) {
    try {
      connection ??= await build();
      if (stopped) return;
      await connection.start();
      if (!stopped) onConnected();
    } catch {
      schedule(attempt);
    }
  }

  void start(0);
  return () => {
    stopped = true;
    clearTimeout(retry);
    void connection?.stop();
  };
}
