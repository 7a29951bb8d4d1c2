import { describe, expect, it } from 'vitest';
import { deriveKey, isSealed, openJson, PBKDF2_ITERATIONS, randomBytes, sealJson } from './cipher';

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
    expect(sealed.iv).toHaveLength(12);
    expect(new TextDecoder().decode(sealed.data)).not.toContain('Sam');
    expect(await openJson(key, 'visits/"v1"', sealed)).toEqual(value);
  });

  it('use a fresh IV every time, so equal notes do not look equal', async () => {
    const key = await deriveKey('correct horse', salt, PBKDF2_ITERATIONS);
    const a = await sealJson(key, 'ctx', 'same');
    const b = await sealJson(key, 'ctx', 'same');
    expect(Array.from(a.iv)).not.toEqual(Array.from(b.iv));
    expect(Array.from(a.data)).not.toEqual(Array.from(b.data));
  });

  it('refuse to open with the wrong key, for another record, or after tampering', async () => {
    const key = await deriveKey('correct horse', salt, PBKDF2_ITERATIONS);
    const other = await deriveKey('wrong horse!', randomBytes(16), PBKDF2_ITERATIONS);
    const sealed = await sealJson(key, 'shifts/"a"', { note: 'x' });
    await expect(openJson(other, 'shifts/"a"', sealed)).rejects.toThrow();
    await expect(openJson(key, 'shifts/"b"', sealed)).rejects.toThrow();
    const tampered = { iv: sealed.iv, data: sealed.data.slice() };
    tampered.data[0] = (tampered.data[0] ?? 0) ^ 1;
    await expect(openJson(key, 'shifts/"a"', tampered)).rejects.toThrow();
  });
});
