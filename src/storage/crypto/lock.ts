import type { IndexableType } from 'dexie';
import type { FairPaDb } from '../db';
import { LockChangedError } from '../storage-errors';
import { getStorageEnvironment } from '../storage-environment';
import { runWrite, type WriteFailureReason } from '../write-result';
import { deriveKey, fromBase64, openJson, PBKDF2_ITERATIONS, randomBytes, SALT_BYTES, sealJson, toBase64 } from './cipher';
import { asLockRecord, DEFAULT_AUTO_LOCK_MINUTES, isAutoLockMinutes, LOCK_SETTING_KEY, type LockRecord } from './lock-record';
import { announceLockChange } from './lock-status';
import { isSealedRow, openRow, PERSONAL_TABLES, primaryKeyOf, sealRow, type PersonalTable } from './personal-fields';
import { currentSessionKey, setLockConfiguration, startSession } from './session';

/** Long enough that guessing takes real effort even offline; a few words are easier to remember. */
export const MIN_PASSPHRASE_LENGTH = 8;

const VERIFIER_CONTEXT = 'fairpa/lock-verifier';
const VERIFIER_TEXT = 'FairPA passphrase check';

/**
 * 'wrong-passphrase': the passphrase does not open the lock; 'too-short': a new passphrase is
 * shorter than MIN_PASSPHRASE_LENGTH; 'not-on' / 'already-on': the lock is not in the state the
 * action needs (perhaps changed in another tab).
 */
export type LockFailureReason = 'wrong-passphrase' | 'too-short' | 'not-on' | 'already-on' | WriteFailureReason;

export type LockResult = { ok: true } | { ok: false; reason: LockFailureReason; message?: string };

class LockActionError extends Error {
  constructor(readonly reason: 'wrong-passphrase' | 'not-on' | 'already-on') {
    super(reason);
  }
}

/** Another tab changed a record while everything was being re-encrypted; the whole pass is redone. */
class ChangedDuringRewrite extends Error {}

const REWRITE_ATTEMPTS = 3;

async function readLockRecord(db: FairPaDb): Promise<LockRecord | null> {
  return asLockRecord((await db.settings.get(LOCK_SETTING_KEY))?.value);
}

async function newLock(passphrase: string, autoLockMinutes: number): Promise<{ record: LockRecord; key: CryptoKey }> {
  const env = getStorageEnvironment();
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
  const record: LockRecord = {
    version: 1,
    lockId: env.newId(),
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
    verifier: await sealJson(key, VERIFIER_CONTEXT, VERIFIER_TEXT),
    autoLockMinutes,
    createdAt: env.now(),
  };
  return { record, key };
}

/** The key for this passphrase, or null when it is the wrong one. */
async function keyFor(record: LockRecord, passphrase: string): Promise<CryptoKey | null> {
  const key = await deriveKey(passphrase, fromBase64(record.kdf.salt), record.kdf.iterations);
  try {
    return (await openJson(key, VERIFIER_CONTEXT, record.verifier)) === VERIFIER_TEXT ? key : null;
  } catch {
    return null;
  }
}

/** What identifies a version of a stored row, to notice a change made while we were re-encrypting. */
function fingerprint(table: PersonalTable, row: object): string {
  const { updatedAt, createdAt } = row as { updatedAt?: unknown; createdAt?: unknown };
  return JSON.stringify([primaryKeyOf(table, row as Record<string, unknown>), updatedAt ?? createdAt ?? null, isSealedRow(row)]);
}

/**
 * Rewrites every personal record (to seal, re-seal or open it) and the lock setting in one
 * transaction: either every record is in its new form, or nothing changed. Encryption cannot run
 * inside an IndexedDB transaction, so rows are transformed first and the transaction then checks
 * that nothing changed meanwhile.
 */
async function rewriteAllPersonalRows(
  db: FairPaDb,
  transform: (table: PersonalTable, row: object) => Promise<object>,
  finish: () => Promise<void>,
): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const snapshot = await db.transaction('r', PERSONAL_TABLES, async () => {
      const entries = await Promise.all(
        PERSONAL_TABLES.map(async (table) => [table, (await db.table(table).toArray()) as object[]] as const),
      );
      return new Map(entries);
    });
    const rewritten = new Map<PersonalTable, object[]>();
    for (const [table, rows] of snapshot) rewritten.set(table, await Promise.all(rows.map((row) => transform(table, row))));
    try {
      await db.transaction('rw', [...PERSONAL_TABLES, 'settings'], async () => {
        for (const table of PERSONAL_TABLES) {
          const before = (snapshot.get(table) ?? []).map((row) => fingerprint(table, row)).sort();
          const now = ((await db.table(table).toArray()) as object[]).map((row) => fingerprint(table, row)).sort();
          if (before.join('\n') !== now.join('\n')) throw new ChangedDuringRewrite();
        }
        for (const table of PERSONAL_TABLES) {
          const rows = rewritten.get(table) ?? [];
          if (rows.length > 0) await db.table(table).bulkPut(rows as { [key: string]: IndexableType }[]);
        }
        await finish();
      });
      return;
    } catch (error) {
      if (!(error instanceof ChangedDuringRewrite) || attempt >= REWRITE_ATTEMPTS) throw error;
    }
  }
}

/**
 * Runs a lock action through runWrite (so storage failures get the usual reasons) while letting
 * the lock's own outcomes (wrong passphrase, already on…) come back as themselves.
 */
async function lockAction(action: (db: FairPaDb) => Promise<void>, { announce = true } = {}): Promise<LockResult> {
  let refused: LockActionError | null = null;
  const result = await runWrite(
    async (db) => {
      try {
        await action(db);
      } catch (error) {
        if (!(error instanceof LockActionError)) throw error;
        refused = error;
      }
      return {};
    },
    { savesUserData: false },
  );
  if (announce) announceLockChange();
  if (refused) return { ok: false, reason: (refused as LockActionError).reason };
  return result.ok ? { ok: true } : result;
}

/**
 * Turns the lock on: seals every personal record already stored with a key made from the
 * passphrase, and unlocks this session. A failure (even halfway) leaves everything as it was.
 */
export async function turnLockOn(passphrase: string, autoLockMinutes = DEFAULT_AUTO_LOCK_MINUTES): Promise<LockResult> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return { ok: false, reason: 'too-short' };
  const minutes = isAutoLockMinutes(autoLockMinutes) ? autoLockMinutes : DEFAULT_AUTO_LOCK_MINUTES;
  let created: { record: LockRecord; key: CryptoKey } | null = null;
  const result = await lockAction(async (db) => {
    if (await db.settings.get(LOCK_SETTING_KEY)) throw new LockActionError('already-on');
    const lock = await newLock(passphrase, minutes);
    await rewriteAllPersonalRows(
      db,
      (table, row) => sealRow(lock.key, table, row),
      async () => {
        if (await db.settings.get(LOCK_SETTING_KEY)) throw new LockActionError('already-on');
        await db.settings.put({ key: LOCK_SETTING_KEY, value: lock.record, updatedAt: lock.record.createdAt });
      },
    );
    created = lock;
  });
  if (result.ok && created) {
    const { record, key } = created as { record: LockRecord; key: CryptoKey };
    startSession({ key, lockId: record.lockId }, record.autoLockMinutes);
  }
  return result;
}

/** Unlocks this session (this tab, until it locks again) if the passphrase is right. */
export function unlock(passphrase: string): Promise<LockResult> {
  return lockAction(
    async (db) => {
      const record = await readLockRecord(db);
      if (!record) throw new LockActionError('not-on');
      const key = await keyFor(record, passphrase);
      if (!key) throw new LockActionError('wrong-passphrase');
      startSession({ key, lockId: record.lockId }, record.autoLockMinutes);
    },
    { announce: false },
  );
}

/** Re-seals everything under a new passphrase. The current one is asked for again, as a check it is the owner. */
export async function changePassphrase(current: string, next: string): Promise<LockResult> {
  if (next.length < MIN_PASSPHRASE_LENGTH) return { ok: false, reason: 'too-short' };
  let created: { record: LockRecord; key: CryptoKey } | null = null;
  const result = await lockAction(async (db) => {
    const record = await readLockRecord(db);
    if (!record) throw new LockActionError('not-on');
    const oldKey = await keyFor(record, current);
    if (!oldKey) throw new LockActionError('wrong-passphrase');
    const lock = await newLock(next, record.autoLockMinutes);
    await rewriteAllPersonalRows(
      db,
      async (table, row) => sealRow(lock.key, table, await openRow(oldKey, table, row)),
      async () => {
        if ((await readLockRecord(db))?.lockId !== record.lockId) throw new LockChangedError('The lock changed meanwhile');
        await db.settings.put({ key: LOCK_SETTING_KEY, value: lock.record, updatedAt: lock.record.createdAt });
      },
    );
    created = lock;
  });
  if (result.ok && created) {
    const { record, key } = created as { record: LockRecord; key: CryptoKey };
    startSession({ key, lockId: record.lockId }, record.autoLockMinutes);
  }
  return result;
}

/** Turns the lock off: every record is stored in plain form again. Needs the passphrase. */
export async function turnLockOff(passphrase: string): Promise<LockResult> {
  const result = await lockAction(async (db) => {
    const record = await readLockRecord(db);
    if (!record) throw new LockActionError('not-on');
    const key = await keyFor(record, passphrase);
    if (!key) throw new LockActionError('wrong-passphrase');
    await rewriteAllPersonalRows(
      db,
      (table, row) => openRow(key, table, row),
      async () => {
        if ((await readLockRecord(db))?.lockId !== record.lockId) throw new LockChangedError('The lock changed meanwhile');
        await db.settings.delete(LOCK_SETTING_KEY);
      },
    );
  });
  if (result.ok) setLockConfiguration({ on: false });
  return result;
}

/** How long FairPA may sit unused before it locks itself. Needs an unlocked session. */
export async function setAutoLockMinutes(minutes: number): Promise<LockResult> {
  if (!isAutoLockMinutes(minutes)) return { ok: false, reason: 'error', message: `Not a number of minutes: ${minutes}` };
  return lockAction(async (db) => {
    await db.transaction('rw', db.settings, async () => {
      const row = await db.settings.get(LOCK_SETTING_KEY);
      const record = asLockRecord(row?.value);
      if (!record) throw new LockActionError('not-on');
      const session = currentSessionKey();
      if (!session || session.lockId !== record.lockId) throw new LockChangedError('FairPA is locked');
      await db.settings.put({ key: LOCK_SETTING_KEY, value: { ...record, autoLockMinutes: minutes }, updatedAt: getStorageEnvironment().now() });
    });
    setLockConfiguration({ on: true, lockId: currentSessionKey()?.lockId ?? '', autoLockMinutes: minutes });
  });
}
