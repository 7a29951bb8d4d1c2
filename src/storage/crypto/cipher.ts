/**
 * WebCrypto in one place: a passphrase becomes an AES-GCM key through PBKDF2-SHA256, and plain
 * JSON values are sealed (encrypted and authenticated) with that key. Nothing here touches storage.
 */

import { PBKDF2_ITERATIONS } from './lock-record';

export { PBKDF2_ITERATIONS };
export const SALT_BYTES = 16;
/** 96-bit IVs are what AES-GCM is specified for; each seal gets a fresh random one. */
export const IV_BYTES = 12;

/**
 * Ciphertext and the IV it was sealed with, both base64: stored in place of the personal fields.
 * Text rather than typed arrays, because strings survive every copy a record goes through
 * (IndexedDB, Dexie's live-query cache, other realms) unchanged.
 */
export interface Sealed {
  iv: string;
  data: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function bytes(text: string): Uint8Array<ArrayBuffer> {
  // Copy into a buffer of this realm: WebCrypto refuses typed arrays made elsewhere (e.g. by jsdom).
  const encoded = encoder.encode(text);
  const copy = new Uint8Array(new ArrayBuffer(encoded.length));
  copy.set(encoded);
  return copy;
}

/** Typed arrays may come from another realm (jsdom in tests); WebCrypto wants one of its own. */
function own(view: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(new ArrayBuffer(view.byteLength));
  copy.set(view);
  return copy;
}

const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/*
 * Dexie's live queries and transactions keep track of their work through Dexie's own promises.
 * Awaiting a WebCrypto promise directly loses that context, so every call is wrapped in
 * Promise.resolve(), which Dexie patches to carry it over (as its documentation asks).
 */
function tracked<T>(promise: PromiseLike<T>): Promise<T> {
  return Promise.resolve(promise);
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(new ArrayBuffer(length)));
}

/**
 * The same passphrase typed on different keyboards can arrive as different Unicode sequences
 * (é as one character or as e + accent), so it is normalised before use.
 */
export async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  if (!Number.isInteger(iterations) || iterations < PBKDF2_ITERATIONS) {
    throw new RangeError(`Refusing to derive a key with ${iterations} PBKDF2 iterations`);
  }
  const material = await tracked(
    crypto.subtle.importKey('raw', bytes(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']),
  );
  return tracked(
    crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt: own(salt), iterations },
      material,
      { name: 'AES-GCM', length: 256 },
      // Not extractable: the key can encrypt and decrypt, but no code can read it out.
      false,
      ['encrypt', 'decrypt'],
    ),
  );
}

/**
 * Encrypts JSON. `context` is bound in as additional authenticated data (e.g. the table and id a
 * record belongs to), so ciphertext moved to another record fails to open instead of misleading.
 */
export async function sealJson(key: CryptoKey, context: string, value: unknown): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const data = await tracked(
    crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: bytes(context) }, key, bytes(JSON.stringify(value))),
  );
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) };
}

/** Decrypts what sealJson made; rejects (OperationError) for a wrong key, context or tampered data. */
export async function openJson(key: CryptoKey, context: string, sealed: Sealed): Promise<unknown> {
  const plain = await tracked(
    crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: bytes(context) },
      key,
      fromBase64(sealed.data),
    ),
  );
  return JSON.parse(decoder.decode(plain)) as unknown;
}

export function isSealed(value: unknown): value is Sealed {
  if (value === null || typeof value !== 'object') return false;
  const { iv, data } = value as Record<string, unknown>;
  return typeof iv === 'string' && typeof data === 'string';
}
