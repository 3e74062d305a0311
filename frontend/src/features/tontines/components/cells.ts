import type { TFunction } from 'i18next';

/**
 * Where a cell of the participant's booklet falls: its cycle, and its place in it. Contributions number their cells
 * from the participant's first (cell 32 of a 31-day cycle is the first of cycle 2).
 */
export function cellPosition(cell: number, cycleLengthDays: number) {
  const cycle = Math.ceil(cell / cycleLengthDays);
  return { cycle, number: cell - (cycle - 1) * cycleLengthDays };
}

/** The cells a contribution filled, in words: "Cycle 2, cases 1 à 4", or across two cycles. */
export function cellsText(first: number, last: number, cycleLengthDays: number, t: TFunction) {
  const from = cellPosition(first, cycleLengthDays);
  const to = cellPosition(last, cycleLengthDays);
  if (first === last) return t('tontines.cells.one', { cycle: from.cycle, number: from.number });
  if (from.cycle === to.cycle) {
    return t('tontines.cells.sameCycle', { cycle: from.cycle, first: from.number, last: to.number });
  }
  return t('tontines.cells.acrossCycles', {
    firstCycle: from.cycle,
    first: from.number,
    lastCycle: to.cycle,
    last: to.number,
  });
}
