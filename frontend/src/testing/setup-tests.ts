import '@testing-library/jest-dom/vitest';
import '@/lib/i18n';

import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

import { tokenStore } from '@/lib/token-store';

afterEach(() => {
  cleanup();
  tokenStore.clear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
