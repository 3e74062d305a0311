import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { NotificationPreferencesForm } from '@/features/notifications/components/notification-preferences-form';
import { AGENT_USER, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const PREFERENCES = '/api/v1/notifications/preferences';

/** The API of a user who gets overdue installments by e-mail; `saved` holds what a PUT sent. */
function preferencesApi(email: string | null = 'agent@demo.microfinance.local') {
  const saved: unknown[] = [];
  fakeApi(async (path, request) => {
    if (path !== PREFERENCES) return jsonResponse(404, {});
    if (request.method === 'PUT') {
      const body = (await request.json()) as object;
      saved.push(body);
      return jsonResponse(200, { ...body, email });
    }
    return jsonResponse(200, { language: 'fr', email, emailKinds: ['InstallmentOverdue'] });
  });
  return saved;
}

describe('NotificationPreferencesForm', () => {
  it('saves the language and the kinds ticked for e-mail', async () => {
    const saved = preferencesApi();
    renderWithProviders(<NotificationPreferencesForm />, { user: AGENT_USER });

    expect(await screen.findByLabelText('Échéance impayée')).toBeChecked();
    expect(screen.getByText(/agent@demo\.microfinance\.local/)).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Langue de mes notifications'), 'Anglais');
    await userEvent.click(screen.getByLabelText('Paiement échoué'));
    await userEvent.click(screen.getByLabelText('Échéance impayée'));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Vos préférences sont enregistrées.');
    expect(saved).toEqual([{ language: 'en', emailKinds: ['PaymentFailed'] }]);
  });

  it('says no e-mail goes out when the user has no address', async () => {
    preferencesApi(null);
    renderWithProviders(<NotificationPreferencesForm />, { user: AGENT_USER });

    expect(await screen.findByText(/Votre compte n'a pas d'adresse e-mail/)).toBeInTheDocument();
  });
});
