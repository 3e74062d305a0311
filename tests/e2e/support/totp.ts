import { createHmac } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const STEP_SECONDS = 30;

function base32Decode(key: string) {
  const bits = [...key.replace(/[\s=]/g, '').toUpperCase()]
    .map((char) => {
      const value = BASE32.indexOf(char);
      if (value < 0) throw new Error(`Not a base32 character: ${char}`);
      return value.toString(2).padStart(5, '0');
    })
    .join('');
  const bytes = bits.match(/.{8}/g) ?? [];
  return Buffer.from(bytes.map((byte) => parseInt(byte, 2)));
}

/** The 30-second step of a time (milliseconds since the epoch), as RFC 6238 counts them. */
export function totpStep(at = Date.now()) {
  return Math.floor(at / 1000 / STEP_SECONDS);
}

/** The 6-digit TOTP code (RFC 6238: HMAC-SHA1, 30 s) of a base32 key at a step, as an authenticator app shows it. */
export function totpCode(base32Key: string, step = totpStep()) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const hmac = createHmac('sha1', base32Decode(base32Key)).update(counter).digest();
  const offset = hmac[hmac.length - 1] & 0x0f;
  const binary = hmac.readUInt32BE(offset) & 0x7fffffff;
  return (binary % 1_000_000).toString().padStart(6, '0');
}
