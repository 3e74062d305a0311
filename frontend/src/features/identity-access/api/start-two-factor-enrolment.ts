import { api, unwrap } from '@/lib/api-client';

/** A new key for the authenticator app; the enrolment token when enrolling is the rest of a sign-in. */
export function startTwoFactorEnrolment(enrolmentToken?: string) {
  return unwrap(api.POST('/api/v1/auth/2fa/enrolment', { body: enrolmentToken ? { enrolmentToken } : {} }));
}

export type TwoFactorEnrolment = Awaited<ReturnType<typeof startTwoFactorEnrolment>>;
