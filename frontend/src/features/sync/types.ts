import type { components } from '@/types/api';

/** The JSON of the Sync endpoints (docs/offline.md), by the names the sync feature uses. */
type Schemas = components['schemas'];

export type OperationKind = Schemas['SyncOperationKind'];

/** One operation of `POST /api/v1/sync/operations`, as recorded on the phone. */
export type SyncOperation = Schemas['SyncOperation'];
export type SyncBatch = Schemas['SyncOperationsCommand'];
export type SyncResponse = Schemas['SyncBatchDto'];
export type SyncResult = Schemas['SyncResultDto'];
/** What the server answers for a synced operation: the single endpoint's DTO. */
export type SyncReceipt = NonNullable<SyncResult['receipt']>;
export type SyncProblem = Schemas['SyncProblem'];
export type DeviceReport = Schemas['ReportSyncDeviceCommand'];

/** `GET /api/v1/sync/working-data`: what the phone keeps for a day offline. */
export type WorkingDataAnswer = Schemas['WorkingDataDto'];
export type WorkingClient = Schemas['WorkingClientDto'];
export type WorkingAccount = Schemas['WorkingAccountDto'];
export type WorkingLoan = Schemas['WorkingLoanDto'];
export type WorkingParticipant = Schemas['WorkingParticipantDto'];

/** One phone of one agent, as `GET /api/v1/sync/devices` answers. */
export type SyncDeviceStatus = Schemas['SyncDeviceDto'];
