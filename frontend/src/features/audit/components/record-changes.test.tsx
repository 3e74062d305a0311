import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { RecordChanges } from '@/features/audit/components/record-changes';
import { AGENT_USER, renderWithProviders } from '@/testing/test-utils';

/** Each line of the list of fields, spaces (no-break ones too) as plain spaces. */
function fieldLines() {
  return screen.getAllByRole('listitem').map((item) => item.textContent?.replace(/\s+/g, ' ').trim());
}

describe('RecordChanges', () => {
  it('shows a change field by field, before → after, in French words, money in FCFA and days in French', () => {
    renderWithProviders(
      <RecordChanges
        before={JSON.stringify({ name: 'Agence Ouidah', minimumBalance: 5000, valueDate: '2026-11-20', isActive: true, fooBar: 'x' })}
        after={JSON.stringify({ name: 'Agence Ouidah Plage', minimumBalance: '150000', valueDate: '2026-11-21', isActive: false, fooBar: 'y' })}
      />,
      { user: AGENT_USER },
    );

    expect(screen.getByText('5 champs modifiés').closest('details')).toHaveAttribute('open');
    expect(fieldLines()).toEqual([
      'Nom : Agence Ouidah → devient Agence Ouidah Plage',
      'Solde minimum : 5 000 FCFA → devient 150 000 FCFA',
      'Date de valeur : 20 nov. 2026 → devient 21 nov. 2026',
      'Actif : Oui → devient Non',
      // A field without a label keeps its recorded name.
      'fooBar : x → devient y',
    ]);
    expect(screen.queryByText(/[{}"]/)).not.toBeInTheDocument();
  });

  it('words enum values in French by what the entity is: a status, a channel, a type', () => {
    const { unmount } = renderWithProviders(
      <RecordChanges
        entityType="WithdrawalRequest"
        before={JSON.stringify({ status: 'Pending' })}
        after={JSON.stringify({ status: 'Approved', channel: 'MobileMoney' })}
      />,
      { user: AGENT_USER },
    );
    expect(fieldLines()).toEqual(['Statut : En attente → devient Validée', 'Canal : — → devient Mobile money']);
    unmount();

    renderWithProviders(
      <RecordChanges
        entityType="DepositAccount"
        before={JSON.stringify({ status: 'Approved', openingFeePaid: null, activatedAt: null })}
        after={JSON.stringify({ status: 'Active', openingFeePaid: 1500, activatedAt: '2026-12-03T09:15:00Z' })}
      />,
      { user: AGENT_USER },
    );
    const lines = fieldLines();
    expect(lines[0]).toBe('Statut : Approuvé → devient Actif');
    expect(lines[1]).toBe("Frais d'ouverture payés : — → devient 1 500 FCFA");
    expect(lines[2]).toMatch(/^Activé le : — → devient 03\/12\/2026 /);
    expect(screen.queryByText(/Pending|Approved|Active\b|openingFeePaid/)).not.toBeInTheDocument();
  });

  it("shows a new journal entry's fields folded and its lines as a table, GL accounts named", () => {
    renderWithProviders(
      <RecordChanges
        after={JSON.stringify({
          id: 'e1',
          institutionId: 'i1',
          number: 42,
          description: 'Dépôt',
          lines: [
            { id: 'l1', entryId: 'e1', glAccountId: 'g1', debit: 150000, credit: 0 },
            { id: 'l2', entryId: 'e1', glAccountId: 'g2', debit: 0, credit: 150000 },
          ],
        })}
        names={
          new Map([
            ['g1', '571 Caisse'],
            ['g2', '251 Dépôts à vue'],
          ])
        }
      />,
      { user: AGENT_USER },
    );

    expect(screen.getByText('Création (2 champs)').closest('details')).not.toHaveAttribute('open');
    expect(fieldLines()).toEqual(['Numéro : 42', 'Libellé : Dépôt']);
    const lines = screen.getByRole('table', { name: 'Lignes' });
    expect(within(lines).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Compte comptable',
      'Débit',
      'Crédit',
    ]);
    expect(
      within(lines)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent?.replace(/\s/g, ' '))),
    ).toEqual([
      ['571 Caisse', '150 000 FCFA', '0 FCFA'],
      ['251 Dépôts à vue', '0 FCFA', '150 000 FCFA'],
    ]);
  });

  it('strikes through what a deletion removed, and says so when nothing was recorded', () => {
    const { unmount } = renderWithProviders(<RecordChanges before={JSON.stringify({ name: 'Agence Bohicon' })} />, {
      user: AGENT_USER,
    });
    expect(screen.getByText('Suppression (1 champ)')).toBeInTheDocument();
    expect(screen.getByText('Agence Bohicon').tagName).toBe('DEL');
    unmount();

    renderWithProviders(<RecordChanges />, { user: AGENT_USER });
    expect(screen.getByText('—')).toBeInTheDocument();
  });
});
