/**
 * Dexie wraps the browser's errors (OpenFailedError, AbortError, BulkError…) and keeps the real
 * cause in `inner` or `failures`, so every classification looks through the whole chain.
 */
function causeChain(error: unknown, seen = new Set<unknown>()): unknown[] {
  if (error === null || typeof error !== 'object' || seen.has(error)) return [];
  seen.add(error);
  const { inner, failures } = error as { inner?: unknown; failures?: unknown };
  const nested = Array.isArray(failures) ? failures : [];
  return [error, ...causeChain(inner, seen), ...nested.flatMap((failure) => causeChain(failure, seen))];
}

function nameOf(error: unknown): string {
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : '';
}

// Firefox used to report a full profile with its own name; legacy DOMException code 22 is quota too.
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const QUOTA_LEGACY_CODE = 22;

export function isQuotaError(error: unknown): boolean {
  return causeChain(error).some(
    (cause) =>
      QUOTA_NAMES.has(nameOf(cause)) ||
      (cause as { code?: unknown }).code === QUOTA_LEGACY_CODE,
  );
}

// Private modes and locked-down browsers refuse IndexedDB with these rather than a dedicated error.
const UNAVAILABLE_ON_OPEN = new Set(['MissingAPIError', 'InvalidStateError', 'SecurityError', 'NotAllowedError']);

export function isUnavailableOnOpen(error: unknown): boolean {
  return causeChain(error).some((cause) => UNAVAILABLE_ON_OPEN.has(nameOf(cause)));
}

// After a write starts, these mean the database went away (closed for an upgrade in another tab, or never opened).
const UNAVAILABLE_ON_WRITE = new Set(['DatabaseClosedError', 'MissingAPIError']);

export function isUnavailableOnWrite(error: unknown): boolean {
  return causeChain(error).some((cause) => UNAVAILABLE_ON_WRITE.has(nameOf(cause)));
}

export function messageOf(error: unknown): string | undefined {
  if (error instanceof Error || (error !== null && typeof error === 'object' && 'message' in error)) {
    const { message } = error as { message?: unknown };
    if (typeof message === 'string' && message !== '') return message;
  }
  if (typeof error === 'string' && error !== '') return error;
  return undefined;
}

/** Storage's own "the thing you are changing is gone" (e.g. deleted in another tab). */
export class RecordNotFoundError extends Error {
  override name = 'RecordNotFoundError';
}

/**
 * The passphrase lock is on and this session has not been unlocked (or was locked again), so
 * personal records can be neither read nor written until the user types the passphrase.
 */
export class LockedError extends Error {
  override name = 'LockedError';
}

/**
 * Another tab turned the lock on or off, or changed the passphrase, between preparing a write and
 * making it. The write is refused rather than stored under the wrong key (or in plain text).
 */
export class LockChangedError extends Error {
  override name = 'LockChangedError';
}
