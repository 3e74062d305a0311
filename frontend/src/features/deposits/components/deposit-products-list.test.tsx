import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { DepositProductsList } from '@/features/deposits/components/deposit-products-list';
import { PRODUCT } from '@/features/deposits/testing/fixtures';
import { bodyRows, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

describe('DepositProductsList', () => {
  it('writes the kind and the rate in French (a decimal comma, a space before %)', async () => {
    fakeApi((path) => (path === '/api/v1/deposit-products' ? jsonResponse(200, [PRODUCT]) : jsonResponse(404, {})));
    renderWithProviders(<DepositProductsList />);

    await screen.findByText('Épargne Classique');
    const [row] = bodyRows();
    expect(row).toContain('Épargne');
    expect(row).toContain('3,5 %');
    expect(row.join(' ')).not.toMatch(/3\.5/);
  });
});
