import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { ReportRun } from '@/features/reporting/api/get-report-runs';
import { Reports } from '@/features/reporting/components/reports';
import {
  CATALOGUE,
  CLIENT_BALANCES_PAGE,
  OPTIONS,
  PORTFOLIO_AGEING_PAGE,
  runsPage,
  SUPERVISOR,
  XLSX_RUN,
} from '@/features/reporting/testing/fixtures';
import { formatDateTime } from '@/lib/format';
import { bodyRows, fakeApi, jsonResponse, renderWithProviders, watchSavedFiles } from '@/testing/test-utils';

const CSV = '\uFEFFN° client,Client\r\nCLI-000001,Awa Koné\r\n';
const CSV_NAME = 'client-balances-20261203-101500.csv';

type ApiOptions = {
  /** The history, before and after an export. */
  runs?: ReportRun[];
  runsAfterExport?: ReportRun[];
  /** The answer to an export (`format=`), a CSV file by default. */
  exportAnswer?: () => Response | Promise<Response>;
};

function csvFile() {
  return new Response(CSV, {
    status: 200,
    headers: {
      'Content-Type': 'text/csv',
      'Content-Disposition': `attachment; filename=${CSV_NAME}; filename*=UTF-8''${CSV_NAME}`,
      'Content-Location': '/api/v1/report-runs/r2/file',
    },
  });
}

function reportsApi({ runs = [], runsAfterExport = runs, exportAnswer = csvFile }: ApiOptions = {}) {
  let exported = false;
  return fakeApi((path, request) => {
    const query = new URL(request.url).searchParams;
    if (path === '/api/v1/reports') return jsonResponse(200, CATALOGUE);
    if (path === '/api/v1/reports/client-balances' && query.has('format')) {
      exported = true;
      return exportAnswer();
    }
    if (path === '/api/v1/reports/client-balances') return jsonResponse(200, CLIENT_BALANCES_PAGE);
    if (path === '/api/v1/reports/portfolio-ageing') return jsonResponse(200, PORTFOLIO_AGEING_PAGE);
    if (path === '/api/v1/report-runs') return jsonResponse(200, runsPage(exported ? runsAfterExport : runs));
    if (path === '/api/v1/report-runs/r1/file') {
      return new Response('PK-xlsx-bytes', {
        status: 200,
        headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      });
    }
    return jsonResponse(404, {});
  });
}

/** The query string of a request, as an object. */
function queryOf(request: Request | undefined) {
  return Object.fromEntries(new URL(request!.url).searchParams);
}


describe('Reports', () => {
  it('lists the catalogue, then shows the chosen report: its rows by column kind and its totals, money in FCFA', async () => {
    const api = reportsApi();
    renderWithProviders(<Reports options={OPTIONS} />, { route: '/rapports', user: SUPERVISOR });
    const user = userEvent.setup();

    const catalogue = await screen.findByRole('region', { name: 'Rapports disponibles' });
    expect(
      within(catalogue)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      [
        "Situation des clientsChaque client avec l'épargne de ses comptes et l'encours de ses prêts.",
        '/rapports?report=client-balances',
      ],
      [
        "Vieillissement du portefeuilleLes prêts actifs, leur encours et leurs jours de retard, par tranche d'ancienneté.",
        '/rapports?report=portfolio-ageing',
      ],
    ]);
    expect(screen.getByText("Choisissez un rapport pour afficher ses lignes, le filtrer et l'exporter.")).toBeVisible();
    expect(api.requestsTo('GET', '/api/v1/reports/client-balances')).toHaveLength(0);

    await user.click(within(catalogue).getByRole('link', { name: /Situation des clients/ }));

    const report = await screen.findByRole('region', { name: 'Situation des clients' });
    const table = await within(report).findByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['N° client', 'Client', 'Agence', 'Agent', 'Statut', 'Comptes', 'Épargne', 'Encours de crédit']);
    expect(bodyRows(table)).toEqual([
      ['CLI-000001', 'Awa Koné', 'Agence Cotonou Centre', 'Koffi Mensah', 'Actif', '2', '150 000 FCFA', '25 000 FCFA'],
      ['CLI-000002', 'Jean Dossou', 'Agence Porto-Novo', 'Koffi Mensah', 'Suspendu', '1 250', '1 250 000 FCFA', '—'],
    ]);
    const totals = within(report).getByRole('group', { name: 'Totaux' });
    expect(
      within(totals)
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent?.replace(/\s/g, ' ')]),
    ).toEqual([
      ['Épargne', '1 400 000 FCFA'],
      ['Encours de crédit', '25 000 FCFA'],
    ]);
    expect(within(report).getByRole('navigation', { name: 'Pagination' })).toHaveTextContent('42 résultats');
    expect(within(catalogue).getByRole('link', { name: /Situation des clients/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(queryOf(api.requestsTo('GET', '/api/v1/reports/client-balances')[0])).toEqual({
      page: '1',
      pageSize: '20',
    });
  });

  it("offers and sends only the chosen report's own filters, kept in the address", async () => {
    const api = reportsApi();
    // A shared link carrying filters the clients' report does not take (the product, a day): never sent.
    renderWithProviders(<Reports options={OPTIONS} />, {
      route: '/rapports?report=client-balances&productId=p1&asOf=2026-12-01&branchId=b1',
      user: SUPERVISOR,
    });
    const user = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'Filtres du rapport' });
    await within(screen.getByRole('region', { name: 'Situation des clients' })).findByRole('table');
    expect(queryOf(api.requestsTo('GET', '/api/v1/reports/client-balances')[0])).toEqual({
      branchId: 'b1',
      page: '1',
      pageSize: '20',
    });
    expect(within(form).getByLabelText('Agence')).toHaveValue('b1');
    expect(within(form).getByLabelText('Agent')).toHaveValue('');
    expect(within(form).queryByLabelText('Produit')).not.toBeInTheDocument();
    expect(within(form).queryByLabelText(/^Au/)).not.toBeInTheDocument();
    expect(within(form).queryByLabelText('Du')).not.toBeInTheDocument();
    const status = within(form).getByLabelText('Statut');
    expect(within(status).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Tous les statuts',
      "Pièce d'identité attendue",
      'Actif',
      'Suspendu',
      'Clôturé',
    ]);

    await user.selectOptions(status, 'Active');
    await user.selectOptions(within(form).getByLabelText('Agent'), 'u7');
    await user.click(within(form).getByRole('button', { name: 'Filtrer' }));

    await waitFor(() =>
      expect(queryOf(api.requestsTo('GET', '/api/v1/reports/client-balances').at(-1))).toEqual({
        branchId: 'b1',
        agentId: 'u7',
        status: 'Active',
        page: '1',
        pageSize: '20',
      }),
    );
    // The form shows what the address says once applied.
    expect(screen.getByRole('form', { name: 'Filtres du rapport' })).toHaveFormValues({
      branchId: 'b1',
      agentId: 'u7',
      status: 'Active',
    });

    // Another report: its own filters, none of the last report's.
    await user.click(screen.getByRole('link', { name: /Vieillissement du portefeuille/ }));
    await within(await screen.findByRole('region', { name: 'Vieillissement du portefeuille' })).findByRole('table');
    const ageingForm = screen.getByRole('form', { name: 'Filtres du rapport' });
    expect(within(ageingForm).queryByLabelText('Statut')).not.toBeInTheDocument();
    expect(queryOf(api.requestsTo('GET', '/api/v1/reports/portfolio-ageing')[0])).toEqual({
      page: '1',
      pageSize: '20',
    });

    await user.type(within(ageingForm).getByLabelText("Au (vide : aujourd'hui)"), '2026-11-30');
    await user.selectOptions(within(ageingForm).getByLabelText('Produit'), 'p1');
    await user.click(within(ageingForm).getByRole('button', { name: 'Filtrer' }));

    await waitFor(() =>
      expect(queryOf(api.requestsTo('GET', '/api/v1/reports/portfolio-ageing').at(-1))).toEqual({
        asOf: '2026-11-30',
        productId: 'p1',
        page: '1',
        pageSize: '20',
      }),
    );
  });

  it('exports the report as CSV with the filters applied, saves the file under its name and refreshes the history', async () => {
    const { blobs, saved } = watchSavedFiles();
    let sendFile = () => {};
    const fileSent = new Promise<void>((resolve) => {
      sendFile = resolve;
    });
    const csvRun: ReportRun = { ...XLSX_RUN, id: 'r2', format: 'Csv', parameters: { status: 'Active' } };
    const api = reportsApi({ runs: [], runsAfterExport: [csvRun], exportAnswer: () => fileSent.then(csvFile) });
    renderWithProviders(<Reports options={OPTIONS} />, {
      route: '/rapports?report=client-balances&status=Active',
      user: SUPERVISOR,
    });
    const user = userEvent.setup();
    const history = await screen.findByRole('region', { name: 'Historique des exports' });
    expect(await within(history).findByText("Aucun export pour l'instant.")).toBeInTheDocument();

    const exports = await screen.findByRole('group', { name: 'Exporter le rapport' });
    expect(within(exports).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'CSV',
      'Excel (XLSX)',
      'PDF',
    ]);
    await user.click(within(exports).getByRole('button', { name: 'CSV' }));

    // While the file downloads: a spinner on its button, and no second export.
    expect(await within(exports).findByRole('status')).toHaveTextContent('Téléchargement en cours…');
    expect(within(exports).getByRole('button', { name: /PDF/ })).toBeDisabled();
    sendFile();

    await waitFor(() => expect(saved).toEqual([{ href: 'blob:http://localhost/file-1', download: CSV_NAME }]));
    // Saved byte for byte, the byte-order mark that makes Excel read the accents included.
    expect([...new Uint8Array(await blobs[0].arrayBuffer())]).toEqual([...new TextEncoder().encode(CSV)]);
    const [request] = api.requestsTo('GET', '/api/v1/reports/client-balances').filter((r) => r.url.includes('format'));
    expect(queryOf(request)).toEqual({ status: 'Active', format: 'csv' });
    await waitFor(() => expect(within(exports).queryByRole('status')).not.toBeInTheDocument());
    expect(within(exports).getByRole('button', { name: 'PDF' })).toBeEnabled();

    // The history asks again and shows the new export.
    expect(await within(history).findByRole('table')).toHaveTextContent('CSV');
    expect(api.requestsTo('GET', '/api/v1/report-runs')).toHaveLength(2);
  });

  it("says in the API's words why an export was refused", async () => {
    const { saved } = watchSavedFiles();
    reportsApi({
      exportAnswer: () =>
        jsonResponse(422, {
          title: 'Trop de lignes pour ce format.',
          detail: 'Le PDF est limité à 20 000 lignes : affinez les filtres ou choisissez CSV ou XLSX.',
          code: 'report_too_long_for_format',
        }),
    });
    renderWithProviders(<Reports options={OPTIONS} />, { route: '/rapports?report=client-balances', user: SUPERVISOR });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'PDF' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Le PDF est limité à 20 000 lignes : affinez les filtres ou choisissez CSV ou XLSX.',
    );
    expect(saved).toEqual([]);
  });

  it("lists the chosen report's exports with their filters in words, and downloads a run's file again", async () => {
    const { blobs, saved } = watchSavedFiles();
    const api = reportsApi({ runs: [XLSX_RUN] });
    renderWithProviders(<Reports options={OPTIONS} />, { route: '/rapports?report=client-balances', user: SUPERVISOR });
    const user = userEvent.setup();

    const history = await screen.findByRole('region', { name: 'Historique des exports' });
    const table = await within(history).findByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Rapport', 'Format', 'Filtres', 'Lignes', 'Taille', 'Par', 'Le', 'Actions']);
    expect(bodyRows(table)).toEqual([
      [
        'Situation des clients',
        'Excel (XLSX)',
        // The agent is one the user's lists do not name: its id shows.
        'Agence : Agence Cotonou Centre · Agent : u9 · Statut : Actif',
        '1 250',
        '12,5 Ko',
        'Awa Diallo',
        formatDateTime('2026-12-03T10:15:00Z').replace(/\s/g, ' '),
        'Télécharger',
      ],
    ]);
    expect(queryOf(api.requestsTo('GET', '/api/v1/report-runs')[0])).toEqual({
      report: 'client-balances',
      page: '1',
      pageSize: '10',
    });

    await user.click(within(table).getByRole('button', { name: `Télécharger ${XLSX_RUN.fileName}` }));

    // The API names no file here: the run's own name is used.
    await waitFor(() =>
      expect(saved).toEqual([{ href: 'blob:http://localhost/file-1', download: XLSX_RUN.fileName }]),
    );
    expect(await blobs[0].text()).toBe('PK-xlsx-bytes');
    expect(api.requestsTo('GET', '/api/v1/report-runs/r1/file')).toHaveLength(1);
    expect(api.requestsTo('GET', '/api/v1/report-runs/r1/file')[0].headers.get('Authorization')).toBe(
      'Bearer access-1',
    );
  });
});
