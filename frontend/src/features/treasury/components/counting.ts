import type { Denomination, DenominationCount } from '@/features/treasury/api/get-current-drawer';

/** What the cashier typed per denomination code: empty means none. */
export type CountValues = Record<string, string>;

const PIECES = /^\d{1,7}$/;

/** True for an empty box or a whole number of pieces. */
export function isValidPieces(value: string | undefined) {
  const text = (value ?? '').trim();
  return text === '' || PIECES.test(text);
}

/** The count's total, or null while a box holds something other than a whole number of pieces. */
export function countTotal(denominations: readonly Denomination[], values: CountValues) {
  let total = 0;
  for (const denomination of denominations) {
    const text = (values[denomination.code] ?? '').trim();
    if (!isValidPieces(text)) return null;
    // Francs are whole; cents are summed in hundredths so that 0.1 + 0.2 stays 0.3.
    if (text !== '') total += Math.round(denomination.value * 100) * Number(text);
  }
  return total / 100;
}

/** The lines the API takes: one per denomination counted (empty boxes and zeros left out). */
export function toCounts(denominations: readonly Denomination[], values: CountValues): DenominationCount[] {
  return denominations
    .map((d) => ({ denomination: d.code, count: Number((values[d.code] ?? '').trim() || '0') }))
    .filter((line) => line.count > 0);
}
