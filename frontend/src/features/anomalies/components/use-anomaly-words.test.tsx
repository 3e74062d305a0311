import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { AnomalyFigures } from '@/features/anomalies/components/anomaly-figures';
import { figureKind } from '@/features/anomalies/components/use-anomaly-words';
import { AGENT_USER, renderWithProviders } from '@/testing/test-utils';

describe('figureKind', () => {
  it('reads days and instants by their shape, numbers by the unit their name says', () => {
    expect(figureKind('oldestUnpaidDueDate', '2026-08-27')).toBe('date');
    expect(figureKind('firstRecordedAt', '2026-12-04T09:15:02Z')).toBe('instant');
    expect(figureKind('amountAtRisk', '150000')).toBe('money');
    expect(figureKind('overdueAmount', '12500.5')).toBe('money');
    expect(figureKind('median', '20000')).toBe('money');
    expect(figureKind('totalDifference', '-3000')).toBe('money');
    expect(figureKind('daysLate', '100')).toBe('number');
    expect(figureKind('minWithdrawals', '3')).toBe('number');
    expect(figureKind('reversalRatePercent', '7.5')).toBe('percent');
    expect(figureKind('channel', 'Cash')).toBe('text');
    expect(figureKind('whatever', '12')).toBe('number');
    expect(figureKind('netShortfall', '2500')).toBe('money');
    expect(figureKind('guaranteeRequiredAbove', '500000')).toBe('money');
  });
});

describe('AnomalyFigures', () => {
  it("labels the figures the locale knows, shows a later rule's by their own name, and formats each by its kind", () => {
    renderWithProviders(
      <AnomalyFigures
        figures={{
          daysLate: '100',
          oldestUnpaidDueDate: '2026-08-27',
          amountAtRisk: '150000',
          type: 'Withdrawal',
          channel: 'Cash',
          peerMedianAmount: '42000',
          reversalRatePercent: '12.5',
          reason: 'BackDated',
          mysteryFigure: 'abc',
        }}
      />,
      { user: AGENT_USER },
    );
    const pairs = screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent?.replace(/\s/g, ' ')]);
    expect(pairs).toEqual([
      ['Jours de retard', '100'],
      ['Plus ancienne échéance impayée', '27 août 2026'],
      ['Encours à risque', '150 000 FCFA'],
      ['Opération', 'Retrait'],
      ['Canal', 'Espèces'],
      ['peerMedianAmount', '42 000 FCFA'],
      ['reversalRatePercent', '12,5 %'],
      ['Motif', 'Antidatée'],
      ['mysteryFigure', 'abc'],
    ]);
  });
});
