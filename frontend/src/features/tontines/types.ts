/*
 * The tontines' API, as its contract states it (/work/briefs/tontines-api.md), until the backend publishes it in
 * docs/api/openapi.json and `npm run api:types` generates it into src/types/api.d.ts: then these give way to the
 * generated schemas (`components['schemas']['TontineDto']`, the return types of the calls), as in other features.
 */

export type TontineStatus = 'Draft' | 'Open' | 'Closed';
export type TontineAdhesionStatus = 'Requested' | 'Validated' | 'Rejected' | 'Active';
export type TontineParticipantStatus = 'Active' | 'Closed';
export type TontineWithdrawalStatus = 'Pending' | 'Approved' | 'Rejected';
export type TontineCellKind = 'Commission' | 'Saving';
export type TontineChannel = 'Cash' | 'MobileMoney';

export type PagedList<Item> = { items: Item[]; page: number; pageSize: number; totalCount: number };

export type TontineDto = {
  id: string;
  name: string;
  code: string;
  minDailyAmount: number;
  maxDailyAmount: number;
  adhesionFee: number;
  cycleLengthDays: number;
  status: TontineStatus;
  participantCount: number;
  savedTotal: number;
  commissionTotal: number;
  createdAt: string;
};

export type TontineAdhesionDto = {
  id: string;
  tontineId: string;
  tontineName: string;
  tontineCode: string;
  clientId: string;
  clientName: string;
  clientNumber: string;
  dailyAmount: number;
  adhesionFee: number;
  status: TontineAdhesionStatus;
  requestedByName: string;
  requestedAt: string;
  decidedByName?: string | null;
  decidedAt?: string | null;
  rejectionReason?: string | null;
  feePaid: boolean;
  feeChannel?: TontineChannel | null;
  paidAt?: string | null;
  participantId?: string | null;
};

export type TontineParticipantDto = {
  id: string;
  clientId: string;
  clientName: string;
  clientNumber: string;
  tontineId: string;
  tontineName: string;
  tontineCode: string;
  dailyAmount: number;
  cycleLengthDays: number;
  cellsFilled: number;
  currentCycle: number;
  savedBalance: number;
  commissionTotal: number;
  withdrawnTotal: number;
  status: TontineParticipantStatus;
  collectorId: string;
  collectorName: string;
  joinedAt: string;
  lastContributionOn?: string | null;
  collectedToday: number;
};

export type TontineContributionDto = {
  id: string;
  participantId: string;
  days: number;
  amount: number;
  firstCell: number;
  lastCell: number;
  commissionAmount: number;
  savingAmount: number;
  channel: TontineChannel;
  date: string;
  collectedByName: string;
  createdAt: string;
  journalEntryNumber: number;
};

export type ContributionReceiptDto = { contribution: TontineContributionDto; participant: TontineParticipantDto };

export type BookletCellDto = {
  number: number;
  kind: TontineCellKind;
  date?: string | null;
  amount?: number | null;
  collectedByName?: string | null;
  channel?: TontineChannel | null;
};

export type BookletDto = {
  participantId: string;
  cycle: number;
  cycleCount: number;
  cycleLengthDays: number;
  dailyAmount: number;
  cells: BookletCellDto[];
};

export type TontineWithdrawalDto = {
  id: string;
  participantId: string;
  clientName: string;
  tontineName: string;
  amount: number;
  status: TontineWithdrawalStatus;
  requestedByName: string;
  requestedAt: string;
  decidedByName?: string | null;
  decidedAt?: string | null;
  rejectionReason?: string | null;
  journalEntryNumber?: number | null;
};

export type TontineFields = {
  name: string;
  minDailyAmount: number;
  maxDailyAmount: number;
  adhesionFee: number;
  cycleLengthDays: number;
};

/* The shape openapi-typescript gives the paths, so that the calls read as they will once generated. */

type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type Problem = { headers: { [name: string]: unknown }; content: { 'application/problem+json': unknown } };
type Problems = { 400: Problem; 401: Problem; 403: Problem; 404: Problem; 409: Problem; 422: Problem };
type Params<Path, Query = never, Header = never> = {
  query?: Query;
  header?: Header;
  path: Path;
  cookie?: never;
};
type NoPath<Query = never> = { query?: Query; header?: never; path?: never; cookie?: never };
type IdempotencyKey = { 'Idempotency-Key'?: string };
type Get<P, Response> = { parameters: P; requestBody?: never; responses: { 200: Json<Response> } & Problems };
type Post<P, Body, Response, Status extends 200 | 201 = 200> = {
  parameters: P;
  responses: { [S in Status]: Json<Response> } & Problems;
} & ([Body] extends [undefined] ? { requestBody?: never } : { requestBody: { content: { 'application/json': Body } } });
type Id = { id: string };
type Paging = { page?: number; pageSize?: number };

export type TontinePaths = {
  '/api/v1/tontines': {
    parameters: NoPath;
    get: Get<NoPath<{ status?: TontineStatus } & Paging>, PagedList<TontineDto>>;
    post: Post<NoPath, TontineFields & { code: string }, TontineDto, 201>;
  };
  '/api/v1/tontines/{id}': {
    parameters: NoPath;
    get: Get<Params<Id>, TontineDto>;
    put: Post<Params<Id>, TontineFields, TontineDto>;
  };
  '/api/v1/tontines/{id}/open': { parameters: NoPath; post: Post<Params<Id>, undefined, TontineDto> };
  '/api/v1/tontines/{id}/close': { parameters: NoPath; post: Post<Params<Id>, undefined, TontineDto> };
  '/api/v1/tontines/{id}/adhesions': {
    parameters: NoPath;
    post: Post<Params<Id>, { clientId: string; dailyAmount: number }, TontineAdhesionDto, 201>;
  };
  '/api/v1/tontine-adhesions': {
    parameters: NoPath;
    get: Get<
      NoPath<{ status?: TontineAdhesionStatus; tontineId?: string; clientId?: string } & Paging>,
      PagedList<TontineAdhesionDto>
    >;
  };
  '/api/v1/tontine-adhesions/{id}/validate': {
    parameters: NoPath;
    post: Post<Params<Id>, undefined, TontineAdhesionDto>;
  };
  '/api/v1/tontine-adhesions/{id}/reject': {
    parameters: NoPath;
    post: Post<Params<Id>, { reason: string }, TontineAdhesionDto>;
  };
  '/api/v1/tontine-adhesions/{id}/pay-fee': {
    parameters: NoPath;
    post: Post<Params<Id, never, IdempotencyKey>, { channel: TontineChannel }, TontineAdhesionDto>;
  };
  '/api/v1/tontine-participants': {
    parameters: NoPath;
    get: Get<
      NoPath<
        {
          tontineId?: string;
          clientId?: string;
          agentId?: string;
          status?: TontineParticipantStatus;
          search?: string;
        } & Paging
      >,
      PagedList<TontineParticipantDto>
    >;
  };
  '/api/v1/tontine-participants/{id}': { parameters: NoPath; get: Get<Params<Id>, TontineParticipantDto> };
  '/api/v1/tontine-participants/{id}/contributions': {
    parameters: NoPath;
    get: Get<Params<Id, Paging>, PagedList<TontineContributionDto>>;
    post: Post<
      Params<Id, never, IdempotencyKey>,
      { days?: number | null; amount?: number | null; channel: TontineChannel },
      ContributionReceiptDto,
      201
    >;
  };
  '/api/v1/tontine-participants/{id}/booklet': {
    parameters: NoPath;
    get: Get<Params<Id, { cycle?: number }>, BookletDto>;
  };
  '/api/v1/tontine-participants/{id}/withdrawals': {
    parameters: NoPath;
    post: Post<Params<Id>, { amount: number }, TontineWithdrawalDto, 201>;
  };
  '/api/v1/tontine-withdrawals': {
    parameters: NoPath;
    get: Get<
      NoPath<{ status?: TontineWithdrawalStatus; participantId?: string } & Paging>,
      PagedList<TontineWithdrawalDto>
    >;
  };
  '/api/v1/tontine-withdrawals/{id}/approve': {
    parameters: NoPath;
    post: Post<Params<Id, never, IdempotencyKey>, undefined, TontineWithdrawalDto>;
  };
  '/api/v1/tontine-withdrawals/{id}/reject': {
    parameters: NoPath;
    post: Post<Params<Id>, { reason: string }, TontineWithdrawalDto>;
  };
};
