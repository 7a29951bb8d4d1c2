import { runWrite, type WriteResult } from './write-result';

/**
 * Empties every table in one transaction, so a rep leaving a home visit never ends up with half
 * the data gone. The database itself stays, so the app keeps working (and shows first run).
 */
export function deleteEverything(): Promise<WriteResult> {
  return runWrite(
    (db) =>
      db.transaction('rw', db.tables, async () => {
        await Promise.all(db.tables.map((table) => table.clear()));
        return {};
      }),
    { savesUserData: false },
  );
}
