import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm, useWatch } from 'react-hook-form';
import { describe, expect, it } from 'vitest';

import { NamedFilter } from '@/components/ui/named-filter';
import { renderWithProviders } from '@/testing/test-utils';

const BRANCHES = [
  { id: 'b-1', name: 'Agence Cotonou Centre' },
  { id: 'b-2', name: 'Agence Dantokpa' },
];

function Filter({ items }: { items?: readonly { id: string; name: string }[] }) {
  const { register, control } = useForm({ defaultValues: { branchId: '' } });
  const branchId = useWatch({ control, name: 'branchId' });
  return (
    <>
      <NamedFilter
        xs={12}
        label="Agence"
        registration={register('branchId')}
        items={items}
        emptyLabel="Toutes les agences"
      />
      <output aria-label="Valeur">{branchId}</output>
    </>
  );
}

describe('NamedFilter', () => {
  it('offers every name after a blank "all" and gives the chosen id to the form', async () => {
    renderWithProviders(<Filter items={BRANCHES} />);

    const select = screen.getByLabelText('Agence');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Toutes les agences',
      'Agence Cotonou Centre',
      'Agence Dantokpa',
    ]);
    await userEvent.selectOptions(select, 'Agence Dantokpa');
    expect(screen.getByLabelText('Valeur')).toHaveTextContent('b-2');
  });

  it('is not offered when the list may not be read', () => {
    renderWithProviders(<Filter />);
    expect(screen.queryByLabelText('Agence')).not.toBeInTheDocument();
  });
});
