import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { TwoFactorSettingsSection } from '@/features/identity-access/components/two-factor-settings-form';
import { fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const ALWAYS = ['PlatformAdmin', 'SfdAdmin', 'Accountant'];

describe('TwoFactorSettingsSection', () => {
  it('shows the roles always required, and saves the ones the institution adds', async () => {
    const api = fakeApi((path, request) =>
      path === '/api/v1/two-factor/settings'
        ? request.method === 'PUT'
          ? jsonResponse(200, { alwaysRequiredRoles: ALWAYS, requiredRoles: ['Agent', 'Auditor'] })
          : jsonResponse(200, { alwaysRequiredRoles: ALWAYS, requiredRoles: ['Auditor'] })
        : jsonResponse(404, {}),
    );
    renderWithProviders(<TwoFactorSettingsSection />);

    expect(await screen.findByText(/Toujours exigée pour.*Administrateur plateforme/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Auditeur' })).toBeChecked();
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Agent' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Les rôles tenus à la double authentification sont enregistrés.');
    const [put] = api.requestsTo('PUT', '/api/v1/two-factor/settings');
    expect(await put.json()).toEqual({ requiredRoles: ['Auditor', 'Agent'] });
  });
});
