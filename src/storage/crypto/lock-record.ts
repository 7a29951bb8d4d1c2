import type { Sealed } from './cipher';

/**
 * OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256; no key is ever derived with fewer. Kept here
 * rather than beside the cipher because this file loads with the app shell and the cipher does not.
 */
export const PBKDF2_ITERATIONS = 600_000;

/** The settings row that says the lock is on. It holds no secret: only what is needed to check a passphrase. */
export const LOCK_SETTING_KEY = 'lock';

export const DEFAULT_AUTO_LOCK_MINUTES = 10;
/** The choices offered for locking after a time without use. */
export const AUTO_LOCK_CHOICES = [1, 5, 10, 30, 60] as const;

export interface LockRecord {
  version: 1;
  /** Changes with every new passphrase, so a tab holding an older key knows it is out of date. */
  lockId: string;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; /** base64 */ salt: string };
  /** A known text sealed with the key: opening it proves the passphrase without storing anything about it. */
  verifier: Sealed;
  autoLockMinutes: number;
  createdAt: string;
}

export function isAutoLockMinutes(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 24 * 60;
}

/** Anything that is not a whole, usable lock record reads as "no lock". */
export function asLockRecord(value: unknown): LockRecord | null {
  if (value === null || typeof value !== 'object') return null;
  const record = value as Partial<LockRecord>;
  const kdf = record.kdf as Partial<LockRecord['kdf']> | undefined;
  if (
    record.version !== 1 ||
    typeof record.lockId !== 'string' ||
    !kdf ||
    kdf.name !== 'PBKDF2' ||
    kdf.hash !== 'SHA-256' ||
    typeof kdf.iterations !== 'number' ||
    kdf.iterations < PBKDF2_ITERATIONS ||
    typeof kdf.salt !== 'string' ||
    typeof record.verifier?.iv !== 'string' ||
    typeof record.verifier.data !== 'string'
  ) {
    return null;
  }
  return {
    ...(record as LockRecord),
    autoLockMinutes: isAutoLockMinutes(record.autoLockMinutes) ? record.autoLockMinutes : DEFAULT_AUTO_LOCK_MINUTES,
  };
}
