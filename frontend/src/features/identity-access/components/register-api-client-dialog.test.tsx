import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { RegisterApiClientDialog } from '@/features/identity-access/components/register-api-client-dialog';
import { tokenStore } from '@/lib/token-store';
import { jsonResponse, renderWithProviders, TOKENS } from '@/testing/test-utils';

const SECRET = {
  client: {
    id: '0193a1b2-0000-7000-8000-000000000001',
    name: 'Agrégateur',
    scopes: ['clients:read', 'deposits:write'],
    rateLimitPerMinute: 60,
    createdAt: '2026-12-05T01:00:00Z',
    secretRotatedAt: '2026-12-05T01:00:00Z',
    lastUsedAt: null,
    revokedAt: null,
  },
  clientSecret: 'pS0m3-256-bit-secret-shown-once',
};

describe('RegisterApiClientDialog', () => {
  it('asks for a scope, then sends the checked scopes and the limit and hands back the secret', async () => {
    tokenStore.setTokens(TOKENS);
    const fetch = vi.fn(() => Promise.resolve(jsonResponse(201, SECRET)));
    vi.stubGlobal('fetch', fetch);
    const onRegistered = vi.fn();
    renderWithProviders(<RegisterApiClientDialog onClose={vi.fn()} onRegistered={onRegistered} />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Nom'), 'Agrégateur');
    await user.click(screen.getByRole('button', { name: 'Créer' }));
    expect(await screen.findByText('Choisissez au moins une portée.')).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();

    await user.click(screen.getByLabelText(/Lire les clients/));
    await user.click(screen.getByLabelText(/Faire des dépôts/));
    await user.type(screen.getByLabelText('Limite de requêtes par minute'), '60');
    await user.click(screen.getByRole('button', { name: 'Créer' }));

    await vi.waitFor(() => expect(onRegistered).toHaveBeenCalled());
    expect(onRegistered.mock.calls[0]?.[0]).toEqual(SECRET);
    const request = (fetch.mock.calls[0] as unknown as [Request])[0];
    expect(await request.json()).toEqual({ name: 'Agrégateur', scopes: ['clients:read', 'deposits:write'], rateLimitPerMinute: 60 });
  });
});
