import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { FindingExplanation } from '@/features/anomalies/components/finding-explanation';
import { fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const EXPLANATION_PATH = '/api/v1/anomalies/a1/explanation';

const explanation = {
  text: 'Retard de remboursement (gravité moyenne), situation du 20/10/2026.\n\nLa plus ancienne échéance impayée était due le 20/10/2026 : elle a 45 jours de retard.',
  source: 'template',
  language: 'fr',
  sources: [{ name: 'anomaly', month: null, description: "La règle de l'anomalie.", figures: { daysLate: '45', amountAtRisk: '150000' } }],
};

describe('FindingExplanation', () => {
  it('asks for the explanation only when the button is pressed, then shows its paragraphs, its source and its figures', async () => {
    const api = fakeApi((path) => (path === EXPLANATION_PATH ? jsonResponse(200, explanation) : jsonResponse(404, {})));
    renderWithProviders(<FindingExplanation anomalyId="a1" />);

    expect(api.fetch).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: "Demander l'avis de l'assistant" }));

    expect(await screen.findByText(/elle a 45 jours de retard/)).toBeInTheDocument();
    expect(screen.getByText(/^Retard de remboursement/)).toBeInTheDocument();
    expect(screen.getByText('Rédigé à partir des modèles')).toBeInTheDocument();
    expect(screen.getByText('1 source de chiffres utilisée')).toBeInTheDocument();
    expect(screen.getByText('daysLate = 45 · amountAtRisk = 150000')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: "Demander l'avis de l'assistant" })).not.toBeInTheDocument();
    expect(api.fetch).toHaveBeenCalledTimes(1);
    expect(api.requestsTo('GET', EXPLANATION_PATH)).toHaveLength(1);
  });

  it("says when the model wrote it, and shows the API's refusal", async () => {
    let answer = jsonResponse(403, { status: 403, title: 'Accès refusé.', code: 'forbidden' });
    fakeApi(() => answer);
    renderWithProviders(<FindingExplanation anomalyId="a1" />);

    await userEvent.click(screen.getByRole('button', { name: "Demander l'avis de l'assistant" }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();

    answer = jsonResponse(200, { ...explanation, source: 'model', text: 'Texte du modèle.' });
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('Texte du modèle.')).toBeInTheDocument();
    expect(screen.getByText('Rédigé par le modèle configuré')).toBeInTheDocument();
  });
});
