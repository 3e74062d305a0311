import { api, unwrap } from '@/lib/api-client';

/** The first code turns two-factor sign-in on; the answer holds the recovery codes, shown this once. */
export function confirmTwoFactorEnrolment(body: { code: string; enrolmentToken?: string }) {
  return unwrap(api.POST('/api/v1/auth/2fa/enrolment/confirm', { body }));
}

export type TwoFactorConfirmation = Awaited<ReturnType<typeof confirmTwoFactorEnrolment>>;
