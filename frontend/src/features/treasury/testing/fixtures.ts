import type { CashDrawer, CurrentDrawer } from '@/features/treasury/api/get-current-drawer';

/** The CFA franc's notes and coins as the API lists them (a few of them). */
export const SETTINGS: CurrentDrawer['settings'] = {
  cashNeedsOpenDrawer: false,
  currency: 'XOF',
  denominations: [
    { kind: 'Note', value: 10000, code: 'note-10000' },
    { kind: 'Note', value: 5000, code: 'note-5000' },
    { kind: 'Note', value: 500, code: 'note-500' },
    { kind: 'Coin', value: 500, code: 'coin-500' },
    { kind: 'Coin', value: 100, code: 'coin-100' },
  ],
};

/** The agent's drawer, open with a 50 000 F float, 78 500 F expected. */
export const OPEN_DRAWER: CashDrawer = {
  id: 'd1',
  userId: 'u1',
  userName: 'Awa Diallo',
  branchId: 'b1',
  branchName: 'Agence Cotonou Centre',
  businessDate: '2026-12-04',
  status: 'Open',
  openedAt: '2026-12-04T08:00:00Z',
  openingFloat: 50000,
  openingCounts: [{ denomination: 'note-10000', count: 5 }],
  cashIn: 33500,
  cashOut: 5000,
  expectedCash: 78500,
  closedAt: null,
  closingCounts: null,
  countedCash: null,
  difference: null,
  differenceEntryNumber: null,
  closingNote: null,
  validatedBy: null,
  validatedByName: null,
  validatedAt: null,
};
