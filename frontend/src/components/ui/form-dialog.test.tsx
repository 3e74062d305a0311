import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { FormDialog } from '@/components/ui/form-dialog';
import { ApiError } from '@/lib/api-error';

const VALIDATION_ERROR = new ApiError(
  400,
  {
    title: 'One or more validation errors occurred.',
    status: 400,
    errors: { code: ['Ce code est déjà utilisé.'], region: ['Région inconnue.'] },
  },
  null,
);

function renderDialog(props: Partial<Parameters<typeof FormDialog>[0]> = {}) {
  const onClose = vi.fn();
  const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
  render(
    <FormDialog
      title="Nouvelle agence"
      submitLabel="Créer"
      onClose={onClose}
      onSubmit={onSubmit}
      isPending={false}
      error={null}
      {...props}
    >
      <input aria-label="Code" />
    </FormDialog>,
  );
  return { onClose, onSubmit };
}

describe('FormDialog', () => {
  it('shows its title as a heading, its fields and no alert', () => {
    renderDialog();

    expect(screen.getByRole('heading', { level: 2, name: 'Nouvelle agence' })).toBeInTheDocument();
    expect(screen.getByLabelText('Code')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the API error, leaving out the messages its fields show inline', () => {
    renderDialog({ error: VALIDATION_ERROR, inlineFields: ['code'] });

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Corrigez les champs signalés.');
    expect(alert).toHaveTextContent('Région inconnue.');
    expect(alert).not.toHaveTextContent('Ce code est déjà utilisé.');
  });

  it('closes on Cancel without submitting', async () => {
    const { onClose, onSubmit } = renderDialog();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Annuler' }));

    expect(onClose).toHaveBeenCalledOnce();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits the form with its submit button', async () => {
    const { onSubmit } = renderDialog();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Créer' }));

    expect(onSubmit).toHaveBeenCalledOnce();
  });

  it('disables the submit button while the call is pending', () => {
    renderDialog({ isPending: true });

    expect(screen.getByRole('button', { name: 'Créer' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Annuler' })).toBeEnabled();
  });

  it('once done, shows the success message in place of the fields and offers only to close', async () => {
    const { onClose } = renderDialog({ successMessage: 'Mot de passe réinitialisé.' });

    expect(screen.getByText('Mot de passe réinitialisé.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Code')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Créer' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Annuler' })).not.toBeInTheDocument();
    // The footer's button says "Close" (the header's close button is labelled the same, without text).
    await userEvent.setup().click(screen.getByText('Fermer', { selector: 'button' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
