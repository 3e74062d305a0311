import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { credentialsStore } from '@/features/sync/offline-session/credentials-store';
import {
  checkPassword,
  rememberCredential,
  waitAfterFailures,
} from '@/features/sync/offline-session/offline-credential';
import { PBKDF2_ITERATIONS } from '@/features/sync/offline-session/verifier';
import { AGENT_USER } from '@/testing/test-utils';

const SIGNED_IN_AT = new Date('2026-12-01T08:00:00Z');
const DAY = 24 * 60 * 60_000;
// Few iterations keep the tests quick; the count is stored with each verifier and read back when checking.
const FAST = { now: SIGNED_IN_AT, iterations: 1_000 };

afterEach(() => credentialsStore.delete(AGENT_USER.id));

describe('the offline credential', () => {
  it('keeps a salted PBKDF2 verifier of the password, never the password, with at least 310 000 iterations by default', async () => {
    await rememberCredential(AGENT_USER, 'Demo#2026', { now: SIGNED_IN_AT });

    const stored = await credentialsStore.get(AGENT_USER.id);
    expect(stored).toMatchObject({ userId: 'u1', username: 'agent', profile: AGENT_USER, iterations: PBKDF2_ITERATIONS });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(310_000);
    expect(atob(stored!.salt)).toHaveLength(16);
    expect(atob(stored!.verifier)).toHaveLength(32);
    expect(JSON.stringify(stored)).not.toContain('Demo#2026');
    expect(stored!.signedInOnlineAt).toBe('2026-12-01T08:00:00.000Z');
  });

  it('opens with the right password and refuses a wrong one', async () => {
    await rememberCredential(AGENT_USER, 'Demo#2026', FAST);
    const now = SIGNED_IN_AT.getTime() + DAY;

    expect(await checkPassword('u1', 'Demo#2026', now)).toEqual({ outcome: 'right', profile: AGENT_USER });
    expect(await checkPassword('u1', 'demo#2026', now)).toEqual({ outcome: 'wrong', attemptsLeft: 4 });
    expect(await checkPassword('someone-else', 'Demo#2026', now)).toEqual({ outcome: 'unknown' });
  });

  it('salts each verifier anew: the same password twice gives two different verifiers', async () => {
    await rememberCredential(AGENT_USER, 'Demo#2026', FAST);
    const first = await credentialsStore.get('u1');
    await rememberCredential(AGENT_USER, 'Demo#2026', FAST);
    const second = await credentialsStore.get('u1');

    expect(second!.salt).not.toBe(first!.salt);
    expect(second!.verifier).not.toBe(first!.verifier);
  });

  it('refuses even the right password more than 7 days after the last sign-in online', async () => {
    await rememberCredential(AGENT_USER, 'Demo#2026', FAST);

    expect((await checkPassword('u1', 'Demo#2026', SIGNED_IN_AT.getTime() + 7 * DAY)).outcome).toBe('right');
    expect(await checkPassword('u1', 'Demo#2026', SIGNED_IN_AT.getTime() + 7 * DAY + 1)).toEqual({
      outcome: 'expired',
      signedInOnlineAt: '2026-12-01T08:00:00.000Z',
    });
  });

  it('keeps only the last user who signed in online on the phone', async () => {
    await rememberCredential({ ...AGENT_USER, id: 'u0', username: 'other' }, 'Other#2026', FAST);
    await rememberCredential(AGENT_USER, 'Demo#2026', FAST);

    expect(await credentialsStore.get('u0')).toBeUndefined();
    expect((await credentialsStore.current())?.username).toBe('agent');
  });
});

describe('wrong passwords', () => {
  it('wait nothing for four, then 30 s after the fifth, doubling after each further one, an hour at most', () => {
    expect([0, 1, 4, 5, 6, 7, 10, 11, 50].map(waitAfterFailures)).toEqual([
      0, 0, 0, 30_000, 60_000, 120_000, 960_000, 1_920_000, 3_600_000,
    ]);
  });

  it('after five, refuse every attempt, the right one included, until the wait is over; a right one clears the count', async () => {
    await rememberCredential(AGENT_USER, 'Demo#2026', FAST);
    let now = SIGNED_IN_AT.getTime() + 60_000;

    for (const attemptsLeft of [4, 3, 2, 1]) {
      expect(await checkPassword('u1', 'wrong', now)).toEqual({ outcome: 'wrong', attemptsLeft });
    }
    expect(await checkPassword('u1', 'wrong', now)).toEqual({ outcome: 'blocked', until: now + 30_000 });
    expect(await checkPassword('u1', 'Demo#2026', now + 29_999)).toEqual({ outcome: 'blocked', until: now + 30_000 });

    now += 30_000;
    expect(await checkPassword('u1', 'wrong', now)).toEqual({ outcome: 'blocked', until: now + 60_000 });
    now += 60_000;
    expect((await checkPassword('u1', 'Demo#2026', now)).outcome).toBe('right');
    expect(await checkPassword('u1', 'wrong', now)).toEqual({ outcome: 'wrong', attemptsLeft: 4 });
  });
});
