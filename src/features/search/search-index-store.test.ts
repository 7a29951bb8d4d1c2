import { describe, expect, it } from 'vitest';
import { prepareSearchIndex, searchIndexState } from './search-index-store';

const day = '2026-06-01';

describe('the search index store', () => {
  it('builds a locale’s index once, publishing progress until it is ready', async () => {
    expect(searchIndexState('en', day)).toEqual({ status: 'idle' });
    const first = prepareSearchIndex('en', 'en-GB', day);
    expect(prepareSearchIndex('en', 'en-GB', day)).toBe(first);
    const seen: number[] = [];
    const timer = setInterval(() => {
      const state = searchIndexState('en', day);
      if (state.status === 'preparing') seen.push(state.progress);
    }, 1);
    const index = await first;
    clearInterval(timer);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(searchIndexState('en', day)).toEqual({ status: 'ready', index });
    expect(index.locale).toBe('en');
    expect(index.search('insurance').total).toBeGreaterThan(0);
  });

  it('keeps a separate index for each language', async () => {
    const english = await prepareSearchIndex('en', 'en-GB', day);
    const welsh = await prepareSearchIndex('cy', 'cy-GB', day);
    expect(welsh).not.toBe(english);
    expect(welsh.search('yswiriant atebolrwydd').hits.map((hit) => hit.href)).toContain('/cy/guides/employers-liability-insurance');
  });

  it('builds again for a new day, so rates in the text are today’s', async () => {
    const today = await prepareSearchIndex('en', 'en-GB', day);
    const tomorrow = await prepareSearchIndex('en', 'en-GB', '2026-06-02');
    expect(tomorrow).not.toBe(today);
  });

  it('reports a failure and tries again when asked', async () => {
    const failed = prepareSearchIndex('xx', 'en-GB', day);
    await expect(failed).rejects.toThrow(/xx/);
    expect(searchIndexState('xx', day)).toMatchObject({ status: 'error' });
    const retry = prepareSearchIndex('xx', 'en-GB', day);
    expect(retry).not.toBe(failed);
    await expect(retry).rejects.toThrow();
  });
});
