import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { ClientFormDialog } from '@/features/clients/components/client-form-dialog';
import { fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const VALIDATION_PROBLEM = {
  title: 'The request is invalid.',
  status: 400,
  code: 'validation_failed',
  errors: {
    dateOfBirth: ['A client is at least 15 years old.'],
    idDocumentNumber: ["3 to 40 letters, digits, spaces, '/' or '-'."],
    photo: ['Photos are not accepted yet.'],
  },
};

async function fillRequiredFields() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Prénom'), 'Awa');
  await user.type(screen.getByLabelText('Nom de famille'), 'Koné');
  await user.selectOptions(screen.getByLabelText('Sexe'), 'Femme');
  await user.type(screen.getByLabelText('Date de naissance'), '2015-03-02');
  await user.type(screen.getByLabelText('Téléphone'), '+229 97 00 00 01');
  await user.selectOptions(screen.getByLabelText("Type de pièce d'identité"), "Carte nationale d'identité");
  await user.type(screen.getByLabelText("N° de pièce d'identité"), 'BJ-12');
  return user;
}

describe('ClientFormDialog', () => {
  it("shows the API's validation messages on their fields, and the others in the dialog's alert", async () => {
    const api = fakeApi(() => jsonResponse(400, VALIDATION_PROBLEM));
    const onClose = vi.fn();
    renderWithProviders(<ClientFormDialog onClose={onClose} />);

    const user = await fillRequiredFields();
    await user.click(screen.getByRole('button', { name: 'Créer' }));

    const dateOfBirth = screen.getByLabelText('Date de naissance');
    await vi.waitFor(() => expect(dateOfBirth).toHaveAttribute('aria-invalid', 'true'));
    expect(dateOfBirth).toHaveAccessibleDescription('A client is at least 15 years old.');
    expect(screen.getByLabelText("N° de pièce d'identité")).toHaveAccessibleDescription(
      "3 to 40 letters, digits, spaces, '/' or '-'.",
    );
    expect(screen.getByLabelText('Prénom')).not.toHaveAttribute('aria-invalid', 'true');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Corrigez les champs signalés.');
    expect(alert).toHaveTextContent('Photos are not accepted yet.');
    expect(alert).not.toHaveTextContent('A client is at least 15 years old.');
    expect(onClose).not.toHaveBeenCalled();

    const [request] = api.requestsTo('POST', '/api/v1/clients');
    expect(await request.json()).toMatchObject({
      firstName: 'Awa',
      lastName: 'Koné',
      gender: 'Female',
      dateOfBirth: '2015-03-02',
      phone: '+22997000001',
      idDocumentType: 'NationalIdCard',
      idDocumentNumber: 'BJ-12',
      branchId: null,
      assignedAgentId: null,
    });
  });

  it('asks for the number of a chosen ID document before calling the API', async () => {
    const api = fakeApi(() => jsonResponse(201, {}));
    renderWithProviders(<ClientFormDialog onClose={() => {}} />);

    const user = await fillRequiredFields();
    await user.clear(screen.getByLabelText("N° de pièce d'identité"));
    await user.click(screen.getByRole('button', { name: 'Créer' }));

    expect(await screen.findByText('Indiquez le numéro de la pièce.')).toBeInTheDocument();
    expect(api.fetch).not.toHaveBeenCalled();
  });

  it('offers the branch and agent pickers only when their lists could be read', () => {
    fakeApi(() => jsonResponse(404, {}));
    const { unmount } = renderWithProviders(<ClientFormDialog onClose={() => {}} />);

    expect(screen.queryByLabelText('Agence')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Agent de suivi')).not.toBeInTheDocument();
    unmount();

    renderWithProviders(
      <ClientFormDialog
        branches={[{ id: 'b1', name: 'Agence Dantokpa' }]}
        agents={[{ id: 'u1', name: 'Awa Diallo' }]}
        onClose={() => {}}
      />,
    );
    expect(screen.getByRole('option', { name: 'Agence Dantokpa' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Awa Diallo' })).toBeInTheDocument();
  });
});
