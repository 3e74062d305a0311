import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ReportTotals } from '@/features/reporting/components/report-totals';
import { SUPERVISOR } from '@/features/reporting/testing/fixtures';
import { renderWithProviders } from '@/testing/test-utils';

describe('ReportTotals', () => {
  it('writes each total by its kind: money in FCFA, a count, a percentage', () => {
    renderWithProviders(
      <ReportTotals
        totals={[
          { label: 'Encours', value: 150000, kind: 'Money' },
          { label: 'Prêts', value: 1250, kind: 'Integer' },
          { label: 'PAR 30', value: 66.67, kind: 'Percent' },
        ]}
      />,
      { user: SUPERVISOR },
    );

    const totals = screen.getByRole('group', { name: 'Totaux' });
    expect(
      within(totals)
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent?.replace(/\s/g, ' ')]),
    ).toEqual([
      ['Encours', '150 000 FCFA'],
      ['Prêts', '1 250'],
      ['PAR 30', '66,67 %'],
    ]);
  });
});
