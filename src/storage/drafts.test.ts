import { afterEach, describe, expect, it } from 'vitest';
import { clearDraft, loadDraft, saveDraft } from './drafts';
import { openedDatabase, openStorage } from './storage-health';
import { freshStorage, resetStorage } from './testing/fresh-storage';

afterEach(resetStorage);

describe('drafts', () => {
  it('keep any plain value under their form key, stamped with the time', async () => {
    const { clock } = freshStorage();
    const value = { hours: '31', travel: [{ from: 'A', to: 'B' }] };
    expect(await saveDraft('tool:minimum-wage', value)).toEqual({ ok: true });
    expect(await loadDraft('tool:minimum-wage')).toEqual(value);
    expect((await openedDatabase()?.drafts.get('tool:minimum-wage'))?.updatedAt).toBe(clock.now());
  });

  it('replace the previous value on each save', async () => {
    freshStorage();
    await saveDraft('k', 'first');
    await saveDraft('k', 'second');
    expect(await loadDraft<string>('k')).toBe('second');
  });

  it('are gone once cleared, leaving other drafts', async () => {
    freshStorage();
    await saveDraft('a', 1);
    await saveDraft('b', 2);
    expect(await clearDraft('a')).toEqual({ ok: true });
    expect(await loadDraft('a')).toBeUndefined();
    expect(await loadDraft('b')).toBe(2);
  });

  it('read as missing rather than failing when storage cannot be read', async () => {
    freshStorage();
    await saveDraft('k', 1);
    await openStorage();
    openedDatabase()?.close();
    await expect(loadDraft('k')).resolves.toBeUndefined();
  });

  it('cannot be saved when the value cannot be stored, and say so', async () => {
    freshStorage();
    expect(await saveDraft('k', { callback: () => 1 })).toMatchObject({ ok: false, reason: 'error' });
  });
});
