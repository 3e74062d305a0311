import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { LoginForm } from '@/features/identity-access/components/login-form';
import { tokenStore } from '@/lib/token-store';
import { jsonResponse, renderWithProviders, TOKENS } from '@/testing/test-utils';

function answerLoginWith(response: Response) {
  const fetch = vi.fn((request: Request) =>
    Promise.resolve(new URL(request.url).pathname === '/api/v1/auth/login' ? response : jsonResponse(404, {})),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function signIn(username: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Nom d'utilisateur"), username);
  await user.type(screen.getByLabelText('Mot de passe'), password);
  await user.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('LoginForm', () => {
  it('shows the problem detail of a refused login', async () => {
    answerLoginWith(
      jsonResponse(401, {
        title: 'Unauthorized',
        status: 401,
        detail: 'Nom d’utilisateur ou mot de passe incorrect.',
        code: 'auth.invalid_credentials',
      }),
    );
    renderWithProviders(<LoginForm />);

    await signIn('sfd.admin', 'wrong');

    expect(await screen.findByRole('alert')).toHaveTextContent('Nom d’utilisateur ou mot de passe incorrect.');
    expect(tokenStore.hasSession()).toBe(false);
  });

  it('says how long to wait when attempts are throttled', async () => {
    answerLoginWith(jsonResponse(429, { title: 'Too Many Requests', status: 429 }, { 'Retry-After': '42' }));
    renderWithProviders(<LoginForm />);

    await signIn('sfd.admin', 'wrong');

    expect(await screen.findByRole('alert')).toHaveTextContent('Trop de tentatives. Réessayez dans 42 s.');
  });

  it('shows for how long a locked username waits, as the API words it', async () => {
    const detail = 'Trop de connexions échouées avec cet identifiant. Réessayez dans 15 minute(s).';
    answerLoginWith(jsonResponse(429, { title: 'Trop de requêtes.', status: 429, code: 'sign_in_locked', detail }, { 'Retry-After': '900' }));
    renderWithProviders(<LoginForm />);

    await signIn('sfd.admin', 'Demo#2026');

    expect(await screen.findByRole('alert')).toHaveTextContent(detail);
  });

  it('does not call the API while a field is empty', async () => {
    const fetch = answerLoginWith(jsonResponse(200, TOKENS));
    renderWithProviders(<LoginForm />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText("Nom d'utilisateur"), 'sfd.admin');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));

    expect(await screen.findByText('Ce champ est obligatoire.')).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('stores the tokens of a successful login', async () => {
    const fetch = answerLoginWith(jsonResponse(200, TOKENS));
    renderWithProviders(<LoginForm />);

    await signIn('sfd.admin', 'Demo#2026');

    await vi.waitFor(() => expect(tokenStore.getAccessToken()).toBe('access-1'));
    expect(tokenStore.getRefreshToken()).toBe('refresh-1');
    const request = fetch.mock.calls[0][0];
    expect(await request.json()).toEqual({ username: 'sfd.admin', password: 'Demo#2026' });
  });

  it('asks for the code of a user with two-factor sign-in, shows a refused code and then starts the session', async () => {
    const answers: Record<string, Response[]> = {
      '/api/v1/auth/login': [
        jsonResponse(200, { twoFactorRequired: true, enrolmentRequired: false, challengeToken: 'challenge-1' }),
      ],
      '/api/v1/auth/login/2fa': [
        jsonResponse(401, { title: 'Unauthorized', status: 401, detail: "Le code de vérification n'est pas valide." }),
        jsonResponse(200, TOKENS),
      ],
    };
    const fetch = vi.fn((request: Request) =>
      Promise.resolve(answers[new URL(request.url).pathname]?.shift() ?? jsonResponse(404, {})),
    );
    vi.stubGlobal('fetch', fetch);
    renderWithProviders(<LoginForm />);

    await signIn('sfd.admin', 'Demo#2026');
    expect(await screen.findByRole('heading', { name: 'Code de vérification' })).toBeInTheDocument();
    expect(tokenStore.hasSession()).toBe(false);
    const user = userEvent.setup();
    const code = screen.getByLabelText('Code à 6 chiffres');
    expect(code).toHaveAttribute('inputmode', 'numeric');

    await user.type(code, '12345');
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(await screen.findByText('Le code compte 6 chiffres.')).toBeInTheDocument();

    await user.type(code, '6');
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("Le code de vérification n'est pas valide.");

    await user.click(screen.getByRole('button', { name: 'Vérifier' }));
    await vi.waitFor(() => expect(tokenStore.getAccessToken()).toBe('access-1'));
    const second = fetch.mock.calls.filter(([request]) => new URL(request.url).pathname === '/api/v1/auth/login/2fa');
    expect(await second[1][0].json()).toEqual({ challengeToken: 'challenge-1', code: '123456' });
  });
});
