import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';

import { currentUserQueryKey, type CurrentUser } from '@/lib/auth';
import { tokenStore } from '@/lib/token-store';

/** An agent of the demo institution, whose currency is the CFA franc. */
export const AGENT_USER: CurrentUser = {
  id: 'u1',
  username: 'agent',
  displayName: 'Awa Diallo',
  roles: ['Agent'],
  institutionId: 'i1',
  institutionName: 'SFD Démo',
  currency: 'XOF',
  branchId: 'b1',
  branchName: 'Agence Cotonou Centre',
  twoFactorEnabled: false,
  twoFactorRequired: false,
};

type RenderOptions = {
  route?: string;
  /** The signed-in user, as if /auth/me had answered (for components under `ProtectedRoute`). */
  user?: CurrentUser;
};

/** Renders with a fresh query client (no retries) and an in-memory router. */
export function renderWithProviders(ui: ReactElement, { route = '/', user }: RenderOptions = {}) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  if (user) queryClient.setQueryData(currentUserQueryKey, user);
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </QueryClientProvider>,
  );
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  const contentType = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType, ...headers } });
}

export const TOKENS = {
  accessToken: 'access-1',
  refreshToken: 'refresh-1',
  expiresIn: 900,
  tokenType: 'Bearer',
};

/** A fake API: answers each call with `answer(path, request)`, and records what was called. */
export function fakeApi(answer: (path: string, request: Request) => Response | Promise<Response>) {
  const fetch = vi.fn((request: Request) => answer(new URL(request.url).pathname, request));
  vi.stubGlobal('fetch', fetch);
  tokenStore.setTokens(TOKENS);
  return {
    fetch,
    /** The requests sent to `path` by `method`. */
    requestsTo: (method: string, path: string) =>
      fetch.mock.calls
        .map(([request]) => request)
        .filter((request) => request.method === method && new URL(request.url).pathname === path),
  };
}

/**
 * The text of each cell of each row of a table's body (the page's only table when none is given), spaces — no-break
 * ones included — as plain spaces.
 */
export function bodyRows(table?: HTMLElement) {
  const [, body] = table ? within(table).getAllByRole('rowgroup') : screen.getAllByRole('rowgroup');
  return within(body)
    .getAllByRole('row')
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent?.replace(/\s/g, ' ')),
    );
}

/** Files saved by the page: what each temporary link pointed to and the name it saved under, with the blobs. */
export function watchSavedFiles() {
  const blobs: Blob[] = [];
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    writable: true,
    value: vi.fn((blob: Blob) => {
      blobs.push(blob);
      return `blob:http://localhost/file-${blobs.length}`;
    }),
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: vi.fn() });
  const saved: { href: string; download: string }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ href: this.href, download: this.download });
  });
  return { blobs, saved };
}
