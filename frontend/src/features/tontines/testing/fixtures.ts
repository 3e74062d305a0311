import type { Adhesion } from '@/features/tontines/api/get-adhesions';
import type { Booklet, BookletCell } from '@/features/tontines/api/get-booklet';
import type { Contribution } from '@/features/tontines/api/get-contributions';
import type { Participant } from '@/features/tontines/api/get-participants';
import type { Tontine } from '@/features/tontines/api/get-tontines';

/** The demo's daily tontine: 500 to 5 000 FCFA a day, 1 000 FCFA to join, cycles of 31 days. */
export const TONTINE: Tontine = {
  id: 't1',
  name: 'Tontine Dantokpa',
  code: 'TDK',
  minDailyAmount: 500,
  maxDailyAmount: 5000,
  adhesionFee: 1000,
  cycleLengthDays: 31,
  status: 'Open',
  participantCount: 12,
  savedTotal: 450000,
  commissionTotal: 18000,
  createdAt: '2026-11-02T08:00:00Z',
};

/** Awa Koné's request to join {@link TONTINE} at 500 FCFA a day, waiting to be validated. */
export const REQUESTED_ADHESION: Adhesion = {
  id: 'ad1',
  tontineId: 't1',
  tontineName: 'Tontine Dantokpa',
  tontineCode: 'TDK',
  clientId: 'c1',
  clientName: 'Awa Koné',
  clientNumber: 'CLI-000123',
  dailyAmount: 500,
  adhesionFee: 1000,
  status: 'Requested',
  requestedBy: 'u1',
  requestedByName: 'Awa Diallo',
  requestedAt: '2026-12-03T09:00:00Z',
  decidedByName: null,
  decidedAt: null,
  rejectionReason: null,
  feePaid: null,
  paidAt: null,
  participantId: null,
};

/** {@link REQUESTED_ADHESION} once validated: its fee to pay. */
export const VALIDATED_ADHESION: Adhesion = {
  ...REQUESTED_ADHESION,
  id: 'ad2',
  clientName: 'Koffi Mensah',
  clientNumber: 'CLI-000124',
  status: 'Validated',
  decidedBy: 'u2',
  decidedByName: 'Paul Supervisor',
  decidedAt: '2026-12-03T10:00:00Z',
};

/** {@link VALIDATED_ADHESION} once its fee was paid in cash: the participant `p1`. */
export const ACTIVE_ADHESION: Adhesion = {
  ...VALIDATED_ADHESION,
  status: 'Active',
  feePaid: 1000,
  feeChannel: 'Cash',
  feeJournalEntryNumber: 4400,
  paidAt: '2026-12-03T10:05:00Z',
  participantId: 'p1',
};

/** Awa Koné in {@link TONTINE} at 500 FCFA a day, 4 cells filled (cycle 1: the commission and 3 days saved). */
export const PARTICIPANT: Participant = {
  id: 'p1',
  clientId: 'c1',
  clientName: 'Awa Koné',
  clientNumber: 'CLI-000123',
  tontineId: 't1',
  tontineName: 'Tontine Dantokpa',
  tontineCode: 'TDK',
  dailyAmount: 500,
  cycleLengthDays: 31,
  cellsFilled: 4,
  currentCycle: 1,
  savedBalance: 1500,
  commissionTotal: 500,
  withdrawnTotal: 0,
  status: 'Active',
  collectorId: 'u1',
  collectorName: 'Awa Diallo',
  joinedAt: '2026-12-01',
  lastContributionOn: '2026-12-03',
  collectedToday: 0,
};

/** A cycle of `length` cells of which the first `filled` are stamped (the first is the commission). */
export function bookletCycle(cycle: number, cycleCount: number, filled: number, length = 31): Booklet {
  const cells: BookletCell[] = Array.from({ length }, (_, index) => {
    const number = index + 1;
    const stamped = number <= filled;
    return {
      number,
      kind: number === 1 ? 'Commission' : 'Saving',
      date: stamped ? `2026-12-${String(number).padStart(2, '0')}` : null,
      amount: stamped ? 500 : null,
      collectedByName: stamped ? 'Awa Diallo' : null,
      channel: stamped ? 'Cash' : undefined,
    };
  });
  return { participantId: 'p1', cycle, cycleCount, cycleLengthDays: length, dailyAmount: 500, cells };
}

/** Three days collected at once: cells 5 to 7 of cycle 1, all saved. */
export const CONTRIBUTION: Contribution = {
  id: 'k1',
  participantId: 'p1',
  days: 3,
  amount: 1500,
  firstCell: 5,
  lastCell: 7,
  commissionAmount: 0,
  savingAmount: 1500,
  channel: 'Cash',
  date: '2026-12-04',
  collectedByName: 'Awa Diallo',
  createdAt: '2026-12-04T09:30:00Z',
  journalEntryNumber: 4521,
};

export function paged<Item>(items: Item[]) {
  return { items, page: 1, pageSize: 20, totalCount: items.length };
}
