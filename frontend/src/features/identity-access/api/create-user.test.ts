import { describe, expect, it } from 'vitest';

import { createUserInputSchema } from '@/features/identity-access/api/create-user';

const VALID = {
  username: 'agent.cotonou',
  displayName: '  Koffi Mensah ',
  email: '',
  phoneNumber: '+229 97 00 00 01',
  role: 'Agent',
  branchId: '',
  password: 'Secret#2026',
};

function messagesFor(input: Record<string, unknown>) {
  const result = createUserInputSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('createUserInputSchema', () => {
  it('turns the form values into the API body', () => {
    expect(createUserInputSchema.parse(VALID)).toEqual({
      username: 'agent.cotonou',
      displayName: 'Koffi Mensah',
      email: null,
      phoneNumber: '+22997000001',
      role: 'Agent',
      branchId: null,
      password: 'Secret#2026',
    });
  });

  it('writes the username in lower case, as the API requires', () => {
    expect(createUserInputSchema.parse({ ...VALID, username: ' Agent.Cotonou ' }).username).toBe('agent.cotonou');
  });

  it('asks for the password policy of the API', () => {
    for (const password of ['secret#2026', 'SECRET#2026', 'Secret#word', 'Secret2026', 'Se#1']) {
      expect(messagesFor({ ...VALID, password })).toEqual({ password: 'validation.passwordPolicy' });
    }
  });

  it('keeps a chosen branch', () => {
    const branchId = '0192f0a4-5b6c-7d8e-9f00-112233445566';
    expect(createUserInputSchema.parse({ ...VALID, branchId }).branchId).toBe(branchId);
  });

  it('names each invalid field with a translatable message', () => {
    expect(
      messagesFor({
        ...VALID,
        username: 'a b',
        displayName: ' ',
        email: 'nope',
        phoneNumber: 'call me',
        password: 'short',
      }),
    ).toEqual({
      username: 'validation.usernameFormat',
      displayName: 'validation.required',
      email: 'validation.email',
      phoneNumber: 'validation.phone',
      password: 'validation.passwordPolicy',
    });
  });

  it('refuses roles an institution cannot give, such as PlatformAdmin', () => {
    expect(messagesFor({ ...VALID, role: 'PlatformAdmin' })).toEqual({ role: 'validation.required' });
  });
});
