import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';

import type { AuditCatalogue } from '@/features/audit/api/get-audit-catalogue';
import type { AuditRecord } from '@/features/audit/api/get-audit-records';
import { AuditList } from '@/features/audit/components/audit-list';
import { AGENT_USER, bodyRows, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const AUDITOR = { ...AGENT_USER, id: 'u5', username: 'auditor', displayName: 'Fatou Ndiaye', roles: ['Auditor'] };

const CATALOGUE: AuditCatalogue = {
  actions: [
    { code: 'Login', label: 'Connexion', isSignIn: true },
    { code: 'Deposit', label: 'Dépôt', isSignIn: false },
    { code: 'UpdateBranch', label: "Modification d'une agence", isSignIn: false },
  ],
  entityTypes: [
    { code: 'Branch', label: 'Agence' },
    { code: 'Client', label: 'Client' },
  ],
};

function record(overrides: Partial<AuditRecord>): AuditRecord {
  return {
    id: 'r1',
    chain: 0,
    sequence: 7,
    occurredAt: '2026-11-21T09:30:00Z',
    actorId: 'u3',
    actorUsername: 'sfd.admin',
    actorName: 'Mariam Traoré',
    institutionId: 'i1',
    action: 'UpdateBranch',
    actionLabel: "Modification d'une agence",
    isSignIn: false,
    entityType: 'Branch',
    entityTypeLabel: 'Agence',
    entityId: 'b9',
    entityName: 'Agence Ouidah Plage',
    before: JSON.stringify({ name: 'Agence Ouidah' }),
    after: JSON.stringify({ name: 'Agence Ouidah Plage' }),
    ipAddress: '10.0.0.8',
    correlationId: null,
    hash: 'h',
    ...overrides,
  };
}

const PAGE = {
  items: [
    record({}),
    record({
      id: 'r2',
      action: 'CreateClient',
      actionLabel: "Inscription d'un client",
      actorUsername: 'agent',
      actorName: 'Awa Diallo',
      entityType: 'Client',
      entityTypeLabel: 'Client',
      entityId: 'c1',
      entityName: 'Afiavi Tossou (CL-000042)',
      before: null,
      after: JSON.stringify({ firstName: 'Afiavi' }),
    }),
  ],
  page: 1,
  pageSize: 20,
  totalCount: 2,
};

function auditApi() {
  return fakeApi((path) => {
    if (path === '/api/v1/audit/catalogue') return jsonResponse(200, CATALOGUE);
    if (path === '/api/v1/audit') return jsonResponse(200, PAGE);
    return jsonResponse(404, {});
  });
}

function lastQuery(api: ReturnType<typeof auditApi>) {
  const request = api.requestsTo('GET', '/api/v1/audit').at(-1);
  return Object.fromEntries(new URL(request!.url).searchParams);
}

function Address() {
  const { search } = useLocation();
  return <output data-testid="address">{search}</output>;
}

function address() {
  return Object.fromEntries(new URLSearchParams(screen.getByTestId('address').textContent ?? ''));
}

function renderList(route = '/audit') {
  renderWithProviders(
    <>
      <AuditList />
      <Address />
    </>,
    { route, user: AUDITOR },
  );
}

describe('AuditList', () => {
  it('names the action, the user and the object in words, links the object to its page, and hides sign-ins', async () => {
    const api = auditApi();
    renderList();

    const table = await screen.findByRole('table');
    expect(bodyRows(table)).toEqual([
      [
        expect.any(String),
        'Mariam Traorésfd.admin',
        "Modification d'une agence",
        'AgenceAgence Ouidah Plage',
        '1 champ modifiéNom : Agence Ouidah → devient Agence Ouidah Plage',
        '10.0.0.8',
        'Historique',
      ],
      [
        expect.any(String),
        'Awa Dialloagent',
        "Inscription d'un client",
        'ClientAfiavi Tossou (CL-000042)',
        'Création (1 champ)Prénom : Afiavi',
        '10.0.0.8',
        'Historique',
      ],
    ]);
    expect(within(table).getByRole('link', { name: 'Afiavi Tossou (CL-000042)' })).toHaveAttribute('href', '/clients/c1');
    expect(within(table).queryByRole('link', { name: 'Agence Ouidah Plage' })).not.toBeInTheDocument();
    expect(screen.queryByText(/b9|c1|"name"/)).not.toBeInTheDocument();
    // Sign-ins are left out: the API is not asked for them.
    expect(lastQuery(api)).toEqual({ page: '1', pageSize: '20' });
  });

  it('filters by a labelled action, a user, a period and with sign-ins, kept in the address', async () => {
    const api = auditApi();
    renderList('/audit?page=2');
    const user = userEvent.setup();
    await screen.findByRole('table');
    const form = screen.getByRole('form', { name: "Filtres de la piste d'audit" });
    const action = within(form).getByLabelText('Action');
    await waitFor(() => expect(within(action).getAllByRole('option')).toHaveLength(4));
    expect(within(action).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Toutes les actions',
      'Connexion',
      'Dépôt',
      "Modification d'une agence",
    ]);

    await user.selectOptions(within(screen.getByRole('form')).getByLabelText('Action'), "Modification d'une agence");
    await user.type(within(screen.getByRole('form')).getByLabelText("Identifiant de l'utilisateur"), 'sfd.admin');
    await user.type(within(screen.getByRole('form')).getByLabelText('Du'), '2026-11-01');
    await user.click(within(screen.getByRole('form')).getByLabelText('Afficher les connexions, les sessions et les appels des clients API'));
    await user.click(within(screen.getByRole('form')).getByRole('button', { name: 'Filtrer' }));

    await waitFor(() =>
      expect(lastQuery(api)).toEqual({
        action: 'UpdateBranch',
        actor: 'sfd.admin',
        from: new Date(2026, 10, 1).toISOString(),
        includeSignIns: 'true',
        page: '1',
        pageSize: '20',
      }),
    );
    expect(address()).toEqual({ action: 'UpdateBranch', actor: 'sfd.admin', from: '2026-11-01', signIns: 'true' });
    expect(screen.getByRole('form')).toHaveFormValues({ action: 'UpdateBranch', signIns: true });

    await user.click(screen.getByRole('button', { name: 'Effacer' }));
    await waitFor(() => expect(lastQuery(api)).toEqual({ page: '1', pageSize: '20' }));
    expect(address()).toEqual({});
  });

  it("follows one object's history from a record, and lets it go", async () => {
    const api = auditApi();
    renderList();
    const user = userEvent.setup();
    const table = await screen.findByRole('table');

    await user.click(within(table).getAllByRole('button', { name: 'Historique' })[1]);

    await waitFor(() => expect(lastQuery(api)).toMatchObject({ entityType: 'Client', entityId: 'c1' }));
    expect(address()).toEqual({ entityType: 'Client', entityId: 'c1' });
    expect(await screen.findByText(/Historique de/)).toHaveTextContent('Agence Ouidah Plage');

    await user.click(screen.getByRole('button', { name: 'Tous les objets' }));
    await waitFor(() => expect(address()).toEqual({ entityType: 'Client' }));
  });
});
