import { z } from 'zod';

import { api, unwrap } from '@/lib/api-client';

export const twoFactorCodeSchema = z.object({
  code: z.string().trim().regex(/^[0-9]{6}$/, 'twoFactor.codeFormat'),
});

export const recoveryCodeSchema = z.object({
  recoveryCode: z.string().trim().min(1, 'validation.required').max(32),
});

/** The second sign-in step: the challenge of the password step with a code from the app, or a recovery code. */
export function loginTwoFactor(body: { challengeToken: string; code?: string; recoveryCode?: string }) {
  return unwrap(api.POST('/api/v1/auth/login/2fa', { body }));
}
