import { describe, expect, it } from 'vitest';
import { deriveKey, fromBase64, isSealed, openJson, PBKDF2_ITERATIONS, randomBytes, sealJson, toBase64 } from './cipher';

const salt = new Uint8Array(16).fill(7);

describe('deriveKey', () => {
  it('never derives with fewer than 600,000 PBKDF2 iterations', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    await expect(deriveKey('correct horse', salt, 599_999)).rejects.toThrow(RangeError);
  });

  it('makes a key that cannot be read out of WebCrypto', async () => {
    const key = await deriveKey('correct horse', salt, PBKDF2_ITERATIONS);
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('gives the same key for the same passphrase typed with composed or decomposed accents', async () => {
    const composed = await deriveKey('caf\u00e9 au lait', salt, PBKDF2_ITERATIONS);
    const decomposed = await deriveKey('cafe\u0301 au lait', salt, PBKDF2_ITERATIONS);
    const sealed = await sealJson(composed, 'ctx', 'hello');
    expect(await openJson(decomposed, 'ctx', sealed)).toBe('hello');
  });
});

describe('sealJson and openJson', () => {
  it('round-trip a value and leave no plain text in the sealed bytes', async () => {
    const key = await deriveKey('correct horse', salt, PBKDF2_ITERATIONS);
    const value = { note: 'Private note about Sam', amount: 1234 };
    const sealed = await sealJson(key, 'visits/"v1"', value);
    expect(isSealed(sealed)).toBe(true);
    expect(fromBase64(sealed.iv)).toHaveLength(12);
    expect(sealed.data).not.toContain('Sam');
    expect(new TextDecoder('latin1').decode(fromBase64(sealed.data))).not.toContain('Sam');
    expect(await openJson(key, 'visits/"v1"', sealed)).toEqual(value);
  });

  it('use a fresh IV every time, so equal notes do not look equal', async () => {
    const key = await deriveKey('correct horse', salt, PBKDF2_ITERATIONS);
    const a = await sealJson(key, 'ctx', 'same');
    const b = await sealJson(key, 'ctx', 'same');
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });

  it('refuse to open with the wrong key, for another record, or after tampering', async () => {
    const key = await deriveKey('correct horse', salt, PBKDF2_ITERATIONS);
    const other = await deriveKey('wrong horse!', randomBytes(16), PBKDF2_ITERATIONS);
    const sealed = await sealJson(key, 'shifts/"a"', { note: 'x' });
    await expect(openJson(other, 'shifts/"a"', sealed)).rejects.toThrow();
    await expect(openJson(key, 'shifts/"b"', sealed)).rejects.toThrow();
    const bytes = fromBase64(sealed.data);
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    await expect(openJson(key, 'shifts/"a"', { iv: sealed.iv, data: toBase64(bytes) })).rejects.toThrow();
  });
});

describe('base64', () => {
  it('round-trips any bytes, including long runs', () => {
    const bytes = new Uint8Array(100_000).map((_, index) => (index * 7919) % 256);
    expect(Array.from(fromBase64(toBase64(bytes)))).toEqual(Array.from(bytes));
    expect(toBase64(new Uint8Array([200, 201, 202, 203]))).toBe('yMnKyw==');
  });
});
