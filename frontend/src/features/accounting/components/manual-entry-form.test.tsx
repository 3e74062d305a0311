import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { ManualEntryForm } from '@/features/accounting/components/manual-entry-form';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const ACCOUNTANT = { ...AGENT_USER, id: 'acc', username: 'accountant', roles: ['Accountant'] };

const GL_ACCOUNTS = [
  { id: 'cash', code: '101', name: 'Caisse', type: 'Asset', class: 1, isActive: true },
  { id: 'old', code: '102', name: 'Caisse fermée', type: 'Asset', class: 1, isActive: false },
  { id: 'rent', code: '631', name: 'Loyers', type: 'Expense', class: 6, isActive: true },
];

const POSTED = {
  id: 'm1',
  valueDate: '2026-12-03',
  description: 'Loyer de décembre',
  reference: 'BAIL-12',
  amount: 150000,
  status: 'Posted',
  lines: [],
  createdBy: 'acc',
  createdAt: '2026-12-04T10:00:00Z',
  journalEntryId: 'j1',
  journalEntryNumber: 123,
};

function answer(created: Record<string, unknown> | Response) {
  return fakeApi((path) => {
    if (path === '/api/v1/gl-accounts') return jsonResponse(200, GL_ACCOUNTS);
    if (path === '/api/v1/accounting/settings') return jsonResponse(200, { manualEntryApprovalThreshold: 1000000, currency: 'XOF' });
    if (path === '/api/v1/journal-entries') return created instanceof Response ? created : jsonResponse(201, created);
    return jsonResponse(404, {});
  });
}

const balance = () => screen.getByRole('status', { name: "Équilibre de l'écriture" }).textContent?.replace(/\s/g, ' ');

async function fillHeader(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Libellé'), 'Loyer de décembre');
  await user.type(screen.getByLabelText('Référence de la pièce'), 'BAIL-12');
}

async function fillLine(user: ReturnType<typeof userEvent.setup>, number: number, account: string, side: 'Débit' | 'Crédit', amount: string) {
  const line = screen.getByRole('group', { name: `Ligne ${number}` });
  await user.selectOptions(within(line).getByLabelText('Compte'), account);
  const field = within(line).getByLabelText(`${side} (FCFA)`);
  await user.clear(field);
  await user.type(field, amount);
}

describe('ManualEntryForm', () => {
  it('totals the lines as they are typed, shows the difference and sends nothing until the entry balances', async () => {
    const api = answer(POSTED);
    renderWithProviders(<ManualEntryForm />, { user: ACCOUNTANT });
    const user = userEvent.setup();
    const submit = screen.getByRole('button', { name: "Enregistrer l'écriture" });

    // Active accounts only, as "code — name".
    const account = within(screen.getByRole('group', { name: 'Ligne 1' })).getByLabelText('Compte');
    await waitFor(() => expect(within(account).getByRole('option', { name: '631 — Loyers' })).toBeInTheDocument());
    expect(within(account).queryByRole('option', { name: /Caisse fermée/ })).not.toBeInTheDocument();
    expect(balance()).toContain('Saisissez les montants.');
    expect(submit).toBeDisabled();

    await fillHeader(user);
    await fillLine(user, 1, '631 — Loyers', 'Débit', '150 000');
    await fillLine(user, 2, '101 — Caisse', 'Crédit', '148 500');
    expect(balance()).toContain('Total des débits : 150 000 FCFA');
    expect(balance()).toContain('Total des crédits : 148 500 FCFA');
    expect(balance()).toContain('Écart : 1 500 FCFA');
    expect(submit).toBeDisabled();

    // A third line closes the gap, then goes again.
    await user.click(screen.getByRole('button', { name: 'Ajouter une ligne' }));
    await fillLine(user, 3, '101 — Caisse', 'Crédit', '1 500');
    expect(balance()).toContain('Équilibrée');
    expect(submit).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Supprimer la ligne 3' }));
    expect(balance()).toContain('Écart : 1 500 FCFA');
    expect(submit).toBeDisabled();
    expect(api.requestsTo('POST', '/api/v1/journal-entries')).toHaveLength(0);

    await fillLine(user, 2, '101 — Caisse', 'Crédit', '150 000');
    expect(balance()).toContain('Équilibrée');
    await user.click(submit);

    expect((await screen.findByRole('status')).textContent).toContain('Comptabilisée, écriture n° 123.');
    const [post] = api.requestsTo('POST', '/api/v1/journal-entries');
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toMatchObject({
      description: 'Loyer de décembre',
      reference: 'BAIL-12',
      attachmentName: null,
      lines: [
        { glAccountId: 'rent', debit: 150000, credit: 0, label: null },
        { glAccountId: 'cash', debit: 0, credit: 150000, label: null },
      ],
    });
  });

  it('says an entry above the threshold waits for approval, before and after it is sent', async () => {
    answer({ ...POSTED, amount: 2500000, status: 'PendingApproval', journalEntryId: null, journalEntryNumber: null });
    renderWithProviders(<ManualEntryForm />, { user: ACCOUNTANT });
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getAllByRole('option', { name: '631 — Loyers' })).toHaveLength(2));

    await fillHeader(user);
    await fillLine(user, 1, '631 — Loyers', 'Débit', '2 500 000');
    await fillLine(user, 2, '101 — Caisse', 'Crédit', '2 500 000');
    expect(screen.getByText(/Cette écriture dépasse le seuil de 1\s000\s000\sFCFA/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: "Enregistrer l'écriture" }));

    expect((await screen.findByRole('status')).textContent?.replace(/\s/g, ' ')).toContain(
      'En attente de validation : au-dessus du seuil de 1 000 000 FCFA',
    );
  });

  it("shows the API's refusal of a line on that line", async () => {
    answer(
      jsonResponse(400, {
        title: 'One or more validation errors occurred.',
        status: 400,
        errors: { 'lines[1].glAccountId': ['Choisissez un compte actif du plan comptable de votre institution.'] },
      }),
    );
    renderWithProviders(<ManualEntryForm />, { user: ACCOUNTANT });
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getAllByRole('option', { name: '631 — Loyers' })).toHaveLength(2));
    await fillHeader(user);
    await fillLine(user, 1, '631 — Loyers', 'Débit', '5 000');
    await fillLine(user, 2, '101 — Caisse', 'Crédit', '5 000');
    await user.click(screen.getByRole('button', { name: "Enregistrer l'écriture" }));

    const second = within(screen.getByRole('group', { name: 'Ligne 2' })).getByLabelText('Compte');
    await waitFor(() =>
      expect(second).toHaveAccessibleDescription('Choisissez un compte actif du plan comptable de votre institution.'),
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent('Choisissez un compte actif');
  });

  it('shows a closed period as an alert naming it, and sends the corrected entry under a new key', async () => {
    let calls = 0;
    const api = fakeApi((path) => {
      if (path === '/api/v1/gl-accounts') return jsonResponse(200, GL_ACCOUNTS);
      if (path === '/api/v1/accounting/settings') return jsonResponse(200, { manualEntryApprovalThreshold: 1000000, currency: 'XOF' });
      if (path === '/api/v1/journal-entries' && calls++ === 0)
        return jsonResponse(422, {
          status: 422,
          code: 'period_closed',
          detail: 'La période 2026-10 est clôturée : aucune écriture ne peut y être datée.',
        });
      if (path === '/api/v1/journal-entries') return jsonResponse(201, POSTED);
      return jsonResponse(404, {});
    });
    renderWithProviders(<ManualEntryForm />, { user: ACCOUNTANT });
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getAllByRole('option', { name: '631 — Loyers' })).toHaveLength(2));
    const date = screen.getByLabelText('Date de valeur');
    await user.clear(date);
    await user.type(date, '2026-10-15');
    await fillHeader(user);
    await fillLine(user, 1, '631 — Loyers', 'Débit', '5 000');
    await fillLine(user, 2, '101 — Caisse', 'Crédit', '5 000');
    await user.click(screen.getByRole('button', { name: "Enregistrer l'écriture" }));

    expect(await screen.findByRole('alert')).toHaveTextContent('La période 2026-10 est clôturée');
    await user.clear(date);
    await user.type(date, '2026-12-01');
    await user.click(screen.getByRole('button', { name: "Enregistrer l'écriture" }));
    expect((await screen.findByRole('status')).textContent).toContain('Comptabilisée, écriture n° 123.');
    const [refused, accepted] = api.requestsTo('POST', '/api/v1/journal-entries');
    expect(refused.headers.get('Idempotency-Key')).not.toBe(accepted.headers.get('Idempotency-Key'));
  });
});
