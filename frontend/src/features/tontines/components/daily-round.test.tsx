import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { DailyRound } from '@/features/tontines/components/daily-round';
import { paged, PARTICIPANT } from '@/features/tontines/testing/fixtures';
import { AGENT_USER, bodyRows, fakeApi, jsonResponse, renderWithProviders } from '@/testing/test-utils';

const PAID = { ...PARTICIPANT, id: 'p2', clientName: 'Koffi Mensah', dailyAmount: 1000, collectedToday: 3000 };

describe('DailyRound', () => {
  it("lists the collector's active participants, who paid today, and the whole round's totals", async () => {
    const api = fakeApi((path) => {
      if (path === '/api/v1/tontine-participants') return jsonResponse(200, paged([PARTICIPANT, PAID]));
      // The round counts every participant, beyond the page shown.
      if (path === '/api/v1/tontine-participants/round')
        return jsonResponse(200, { agentId: 'u1', day: '2026-12-04', participants: 240, paid: 75, collected: 181_500 });
      return jsonResponse(404, {});
    });
    renderWithProviders(<DailyRound agentId="u1" currency="XOF" />, { user: AGENT_USER });

    expect(await screen.findByText('Koffi Mensah')).toBeInTheDocument();
    const query = new URL(api.requestsTo('GET', '/api/v1/tontine-participants')[0].url).searchParams;
    expect(query.get('agentId')).toBe('u1');
    expect(query.get('status')).toBe('Active');

    expect(new URL(api.requestsTo('GET', '/api/v1/tontine-participants/round')[0].url).searchParams.get('agentId')).toBe('u1');
    expect((await screen.findByText("Collecté aujourd'hui")).nextElementSibling?.textContent?.replace(/\s/g, ' ')).toBe(
      '181 500 FCFA',
    );
    expect(screen.getByText("75 clients sur 240 ont payé aujourd'hui.")).toBeInTheDocument();
    expect(bodyRows()).toEqual([
      ['Awa Koné', 'Tontine Dantokpa', '500 FCFA', 'À collecter', '1 500 FCFA', 'Collecter'],
      ['Koffi Mensah', 'Tontine Dantokpa', '1 000 FCFA', 'Payé 3 000 FCFA', '1 500 FCFA', 'Collecter'],
    ]);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Collecter — Awa Koné' }));
    const dialog = screen.getByRole('dialog', { name: 'Collecte — Awa Koné' });
    expect(within(dialog).getByLabelText('Jours')).toHaveValue('1');
  });
});
