import { describe, expect, it } from 'vitest';
import type { LocaleIndex } from '../../content/model';
import english from '../../content/generated/en/index.json';
import { easyReadPagesByChecklist, easyReadPathForChecklist } from './easy-read-links';

const index = english as unknown as LocaleIndex;

describe('Easy Read links from checklists', () => {
  it('maps each checklist to the Easy Read page based on it', () => {
    const map = easyReadPagesByChecklist(index.easyRead);
    expect(map.get('before-your-pa-starts')).toBe('before-your-pa-starts-easy-read');
    expect(map.get('paid-and-treated-fairly')).toBe('paid-fairly-easy-read');
    expect(map.has('home-visit')).toBe(false);
  });

  it('gives the address of the Easy Read page in the reader’s language, or null when there is none', () => {
    expect(easyReadPathForChecklist(index.easyRead, 'cy', 'paid-and-treated-fairly')).toBe('/cy/easy-read/paid-fairly-easy-read');
    expect(easyReadPathForChecklist(index.easyRead, 'en', 'home-visit')).toBeNull();
  });

  it('keeps the first page when two are based on the same checklist', () => {
    const map = easyReadPagesByChecklist([
      { id: 'first', basedOn: 'a' },
      { id: 'second', basedOn: 'a' },
    ]);
    expect(map.get('a')).toBe('first');
  });

  it('only links checklists that exist', () => {
    const checklistIds = new Set(index.checklists.map((checklist) => checklist.id));
    for (const checklistId of easyReadPagesByChecklist(index.easyRead).keys()) expect(checklistIds).toContain(checklistId);
  });
});
