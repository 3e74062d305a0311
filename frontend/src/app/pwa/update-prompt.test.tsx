import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { UpdatePrompt } from '@/app/pwa/update-prompt';

const sw = vi.hoisted(() => ({ needRefresh: false, updateServiceWorker: vi.fn(() => Promise.resolve()) }));

vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => ({
    needRefresh: [sw.needRefresh, vi.fn()],
    offlineReady: [false, vi.fn()],
    updateServiceWorker: sw.updateServiceWorker,
  }),
}));

describe('UpdatePrompt', () => {
  beforeEach(() => sw.updateServiceWorker.mockClear());

  it('shows nothing while the running version is the latest', () => {
    sw.needRefresh = false;
    render(<UpdatePrompt />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('offers the new version and activates it only when the user asks', async () => {
    sw.needRefresh = true;
    render(<UpdatePrompt />);

    expect(screen.getByRole('status')).toHaveTextContent('Une nouvelle version est disponible');
    expect(sw.updateServiceWorker).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Recharger' }));
    expect(sw.updateServiceWorker).toHaveBeenCalledOnce();
  });
});
