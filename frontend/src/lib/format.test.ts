import { describe, expect, it } from 'vitest';

import { formatFileSize, formatInteger, formatMoney, formatPercent, formatShortDate, localToday } from '@/lib/format';

// French groups digits with a narrow no-break space (U+202F); a no-break space (U+00A0) precedes the label.
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formatMoney', () => {
  it('writes CFA francs the way their users do', () => {
    expect(formatMoney(150000, 'XOF')).toBe(`150${NNBSP}000${NBSP}FCFA`);
  });

  it('shows no decimals for XOF, which has no minor unit', () => {
    expect(formatMoney(2500, 'XOF')).toBe(`2${NNBSP}500${NBSP}FCFA`);
    expect(formatMoney(0, 'XAF')).toBe(`0${NBSP}FCFA`);
  });

  it('keeps the sign of negative amounts', () => {
    expect(formatMoney(-1250000, 'XOF')).toBe(`-1${NNBSP}250${NNBSP}000${NBSP}FCFA`);
  });

  it('formats decimal strings without losing precision', () => {
    expect(formatMoney('12345678901234567', 'XOF')).toBe(
      `12${NNBSP}345${NNBSP}678${NNBSP}901${NNBSP}234${NNBSP}567${NBSP}FCFA`,
    );
  });

  it('groups digits the English way in English', () => {
    expect(formatMoney(150000, 'XOF', 'en')).toBe(`150,000${NBSP}FCFA`);
  });

  it('falls back to the currency format of the locale for other currencies', () => {
    expect(formatMoney(1234.5, 'EUR')).toBe(`1${NNBSP}234,50${NBSP}€`);
  });
});

describe('formatPercent', () => {
  it('writes a rate given in percent the French way, with its decimals', () => {
    expect(formatPercent(12)).toBe(`12${NBSP}%`);
    expect(formatPercent(18.04)).toBe(`18,04${NBSP}%`);
    expect(formatPercent(0.1)).toBe(`0,1${NBSP}%`);
  });

  it('writes it the English way in English', () => {
    expect(formatPercent(18.04, 'en')).toBe('18.04%');
  });
});

describe('formatShortDate', () => {
  it('writes a calendar day in figures, on that day wherever the user is', () => {
    expect(formatShortDate('2026-12-03')).toBe('03/12/2026');
    expect(formatShortDate('2026-01-05', 'en')).toBe('05/01/2026');
  });
});

describe('formatInteger', () => {
  it('groups the digits of a count the French way', () => {
    expect(formatInteger(1234567)).toBe(`1${NNBSP}234${NNBSP}567`);
    expect(formatInteger(1234567, 'en')).toBe('1,234,567');
  });
});

describe('formatFileSize', () => {
  it('writes a size in bytes, kilobytes or megabytes, the French way', () => {
    expect(formatFileSize(512)).toBe(`512${NBSP}o`);
    expect(formatFileSize(12_800)).toBe(`12,5${NBSP}Ko`);
    expect(formatFileSize(3_355_443)).toBe(`3,2${NBSP}Mo`);
    expect(formatFileSize(12_800, 'en')).toBe(`12.5${NBSP}KB`);
  });
});

describe('localToday', () => {
  it('gives the day where the user is, as a date input writes it', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
