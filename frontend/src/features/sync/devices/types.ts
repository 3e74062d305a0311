/**
 * One phone of one agent, as `GET /api/v1/sync/devices` answers (docs/offline.md). Written by hand while the endpoint
 * is being built: once docs/api/openapi.json describes it, this is `components['schemas'][…]` of '@/types/api'.
 */
export type SyncDeviceStatus = {
  /** Made once per phone and browser. */
  deviceId: string;
  userId: string;
  userName: string;
  branchName: string | null;
  /** Operations recorded on the phone and not yet synced, as the phone last reported. */
  pending: number;
  /** Operations the server refused, left for the agent to resolve. */
  refused: number;
  /** When the oldest pending operation was recorded (the phone's clock), or null when none waits. */
  oldestPendingAt: string | null;
  /** When the phone last reported its queue (the server's clock). */
  reportedAt: string;
  /** When a batch of this phone was last processed, or null before its first sync. */
  lastSyncedAt: string | null;
};
