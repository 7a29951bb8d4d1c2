import { announceLockChange } from './crypto/lock-status';
import { setLockConfiguration } from './crypto/session';
import { forgetPreferences } from './preferences';
import { runWrite, type WriteResult } from './write-result';

/**
 * Empties every table in one transaction, so a rep leaving a home visit never ends up with half
 * the data gone. The database itself stays, so the app keeps working (and shows first run).
 * The passphrase lock goes too (its setting is one of the rows): this is also the way out for
 * someone who has forgotten the passphrase.
 */
export function deleteEverything(): Promise<WriteResult> {
  return runWrite(
    (db) =>
      db.transaction('rw', db.tables, async () => {
        await Promise.all(db.tables.map((table) => table.clear()));
        return {};
      }),
    { savesUserData: false },
  ).then((result) => {
    if (result.ok) {
      forgetPreferences('deleted');
      setLockConfiguration({ on: false });
      announceLockChange();
    }
    return result;
  });
}
