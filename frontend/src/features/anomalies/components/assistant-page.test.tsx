import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { currentMonth } from '@/features/anomalies/api/write-monthly-summary';
import { AssistantPage } from '@/features/anomalies/components/assistant-page';
import { fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const SUMMARY_PATH = '/api/v1/assistant/monthly-summary';
const ASK_PATH = '/api/v1/assistant/ask';

const source = (name: string, month: string, figures: Record<string, string>) => ({ name, month, description: `Chiffres ${name}`, figures });

describe('AssistantPage', () => {
  it('writes the summary of the month picked and lists the figures it used', async () => {
    const api = fakeApi((path) =>
      path === SUMMARY_PATH
        ? jsonResponse(200, {
            text: 'Activité de novembre 2026 : 2 dépôts pour 35 801 FCFA.\n\nPortefeuille au 30/11/2026 : PAR30 4,2 %.',
            source: 'template',
            language: 'fr',
            sources: [source('movements', '2026-11', { 'deposits.count': '2' }), source('portfolio_snapshots', '2026-11', { 'portfolio.par30': '4.2' })],
          })
        : jsonResponse(404, {}),
    );
    renderWithProviders(<AssistantPage />);

    expect(screen.getByRole('heading', { name: "Assistant d'audit" })).toBeInTheDocument();
    const month = screen.getByLabelText('Mois');
    expect(month).toHaveValue(currentMonth());
    await userEvent.clear(month);
    await userEvent.type(month, '2026-11');
    await userEvent.click(screen.getByRole('button', { name: 'Rédiger le résumé' }));

    expect(await screen.findByText(/^Activité de novembre 2026/)).toBeInTheDocument();
    expect(screen.getByText(/PAR30 4,2/)).toBeInTheDocument();
    expect(screen.getByText('2 sources de chiffres utilisées')).toBeInTheDocument();
    expect(screen.getByText('movements (2026-11)')).toBeInTheDocument();
    const [request] = api.requestsTo('POST', SUMMARY_PATH);
    expect(await request.json()).toEqual({ month: '2026-11' });
  });

  it('sends a question with the month picked, shows the answer with its sources, and the API refusal of a bad one', async () => {
    let answer = jsonResponse(200, {
      text: 'novembre 2026, comparé à octobre 2026 :\n\nLe PAR30 est passé de 3 % à 4,2 %.',
      source: 'model',
      language: 'fr',
      sources: [source('portfolio_snapshots', '2026-11', { 'portfolio.par30': '4.2' }), source('portfolio_snapshots', '2026-10', { 'portfolio.par30': '3' })],
    });
    const api = fakeApi((path) => (path === ASK_PATH ? answer : jsonResponse(404, {})));
    renderWithProviders(<AssistantPage />);

    const ask = screen.getByRole('button', { name: 'Demander' });
    expect(ask).toBeDisabled();
    await userEvent.type(screen.getByLabelText('Votre question'), 'Pourquoi le PAR30 a-t-il augmenté ?');
    await userEvent.click(ask);

    const region = screen.getByRole('region', { name: 'Poser une question' });
    expect(await within(region).findByText('Le PAR30 est passé de 3 % à 4,2 %.')).toBeInTheDocument();
    expect(within(region).getByText('Rédigé par le modèle configuré')).toBeInTheDocument();
    expect(within(region).getByText('portfolio_snapshots (2026-10)')).toBeInTheDocument();
    const [request] = api.requestsTo('POST', ASK_PATH);
    expect(await request.json()).toEqual({ question: 'Pourquoi le PAR30 a-t-il augmenté ?', month: currentMonth() });

    answer = jsonResponse(400, {
      status: 400,
      title: 'La requête est invalide.',
      code: 'validation_failed',
      errors: { question: ['Le mois ne peut pas être dans le futur.'] },
    });
    await userEvent.click(ask);
    expect(await within(region).findByText('Le mois ne peut pas être dans le futur.')).toBeInTheDocument();
  });
});
