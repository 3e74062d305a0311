import type { components } from '@/types/api';

/*
 * The JSON of the Sync endpoints (docs/offline.md, the issue-19 contract), written by hand until the generated
 * api.d.ts has them: once it does, each type below becomes `components['schemas'][…]` and `SyncPaths` becomes `paths`.
 * The receipts are already the single endpoints' generated DTOs.
 */

type Schemas = components['schemas'];

export const OPERATION_KINDS = ['Deposit', 'LoanRepayment', 'TontineContribution', 'NewClient'] as const;
export type OperationKind = (typeof OPERATION_KINDS)[number];

/** One operation of `POST /api/v1/sync/operations`, as recorded on the phone. */
export type SyncOperation = {
  key: string;
  kind: OperationKind;
  targetId: string | null;
  recordedAt: string;
  amount: number | null;
  days: number | null;
  reference: string | null;
  client: Schemas['CreateClientCommand'] | null;
};

export type SyncBatch = { deviceId: string; operations: SyncOperation[] };

/** What the server answers for an operation: the single endpoint's DTO. */
export type SyncReceipt =
  | Schemas['TransactionDto']
  | Schemas['LoanRepaymentDto']
  | Schemas['ContributionReceiptDto']
  | Schemas['ClientDto'];

export type SyncProblem = {
  type?: string | null;
  title?: string | null;
  status: number;
  detail?: string | null;
  code?: string | null;
  errors?: Record<string, string[]> | null;
};

export type SyncResult = {
  key: string;
  status: 'Synced' | 'Refused';
  replayed: boolean;
  valueDate: string | null;
  receipt: SyncReceipt | null;
  problem: SyncProblem | null;
};

export type SyncResponse = { results: SyncResult[] };

export type DeviceReport = { pending: number; refused: number; oldestPendingAt: string | null };

export type WorkingClient = {
  id: string;
  number: string;
  firstName: string;
  lastName: string;
  phone: string;
  branchId: string;
};

export type WorkingAccount = {
  id: string;
  number: string;
  clientId: string;
  productName: string;
  status: string;
  balance: number;
};

export type WorkingLoan = {
  id: string;
  number: string;
  clientId: string;
  status: string;
  outstandingPrincipal: number;
  amountOverdue: number;
  nextInstallment: { number: number; dueDate: string; amountDue: number } | null;
};

export type WorkingParticipant = {
  id: string;
  tontineId: string;
  tontineName: string;
  clientId: string;
  dailyAmount: number;
  status: string;
  cycleNumber: number;
  cellsFilled: number;
  cellsPerCycle: number;
  balance: number;
  /** What was collected from them today (as the tontine's own participant answer). */
  collectedToday: number;
};

type ProductRef = { id: string; name: string; code: string };

/** `GET /api/v1/sync/working-data`: what the phone keeps for a day offline. */
export type WorkingDataAnswer = {
  generatedAt: string;
  today: string;
  truncated?: boolean;
  institution: { currency: string; timeZone: string; offlineToleranceDays: number };
  clients: WorkingClient[];
  accounts: WorkingAccount[];
  loans: WorkingLoan[];
  tontineParticipants: WorkingParticipant[];
  products: { deposit: ProductRef[]; loan: ProductRef[] };
};

type Json<T> = { content: { 'application/json': T } };
type ProblemAnswer = { content: { 'application/problem+json': SyncProblem } };

/** The Sync paths in openapi-typescript's shape, so the calls are typed as the generated ones will be. */
export type SyncPaths = {
  '/api/v1/sync/operations': {
    post: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: Json<SyncBatch>;
      responses: { 200: Json<SyncResponse>; 400: ProblemAnswer };
    };
  };
  '/api/v1/sync/working-data': {
    get: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: Json<WorkingDataAnswer> };
    };
  };
  '/api/v1/sync/devices/{deviceId}': {
    put: {
      parameters: { query?: never; header?: never; path: { deviceId: string }; cookie?: never };
      requestBody: Json<DeviceReport>;
      responses: { 204: { content?: never } };
    };
  };
};
