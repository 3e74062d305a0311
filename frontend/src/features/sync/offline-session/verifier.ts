/*
 * The offline password check: PBKDF2-SHA-256 through WebCrypto. 600 000 iterations (OWASP's figure for this hash, above
 * the 310 000 floor) took 70-90 ms in Chromium on our CI machine (docs/security.md): a phone several times slower still
 * answers within a second, and each guess of someone who copied the verifier costs as much.
 */
export const PBKDF2_ITERATIONS = 600_000;

const SALT_BYTES = 16;
const VERIFIER_BITS = 256;

function toBase64(bytes: Uint8Array) {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, VERIFIER_BITS);
  return new Uint8Array(bits);
}

export type Verifier = { salt: string; iterations: number; verifier: string };

/** A verifier of `password` under a fresh random salt. */
export async function createVerifier(password: string, iterations = PBKDF2_ITERATIONS): Promise<Verifier> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return { salt: toBase64(salt), iterations, verifier: toBase64(await derive(password, salt, iterations)) };
}

/** Whether `password` derives the stored verifier (every byte compared, whatever the first difference). */
export async function matchesVerifier(password: string, { salt, iterations, verifier }: Verifier) {
  const expected = fromBase64(verifier);
  const actual = await derive(password, fromBase64(salt), iterations);
  let difference = expected.length ^ actual.length;
  for (let i = 0; i < Math.min(expected.length, actual.length); i++) difference |= expected[i] ^ actual[i];
  return difference === 0;
}

/** WebCrypto's subtle API exists only in a secure context (HTTPS, or localhost): elsewhere nothing is kept. */
export function canVerifyOffline() {
  return typeof crypto !== 'undefined' && crypto.subtle !== undefined;
}
