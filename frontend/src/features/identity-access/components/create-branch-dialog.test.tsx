import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { CreateBranchDialog } from '@/features/identity-access/components/create-branch-dialog';
import { tokenStore } from '@/lib/token-store';
import { jsonResponse, renderWithProviders, TOKENS } from '@/testing/test-utils';

describe('CreateBranchDialog', () => {
  it('shows the API validation errors on the matching fields', async () => {
    tokenStore.setTokens(TOKENS);
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          jsonResponse(400, {
            title: 'One or more validation errors occurred.',
            status: 400,
            code: 'validation',
            errors: { code: ['Ce code est déjà utilisé.'], region: ['Région inconnue.'] },
          }),
        ),
      ),
    );
    const onClose = vi.fn();
    renderWithProviders(<CreateBranchDialog onClose={onClose} />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Code'), 'COT');
    await user.type(screen.getByLabelText('Nom'), 'Cotonou');
    await user.click(screen.getByRole('button', { name: 'Créer' }));

    const code = screen.getByLabelText('Code');
    await vi.waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(code).toHaveAccessibleDescription('Ce code est déjà utilisé.');
    expect(screen.getByLabelText('Nom')).not.toHaveAttribute('aria-invalid', 'true');
    // A message for a field the form does not have is shown in the form's alert.
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Corrigez les champs signalés.');
    expect(alert).toHaveTextContent('Région inconnue.');
    expect(alert).not.toHaveTextContent('Ce code est déjà utilisé.');
    expect(onClose).not.toHaveBeenCalled();
  });
});
