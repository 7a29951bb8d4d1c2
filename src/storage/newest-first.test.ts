import { describe, expect, it } from 'vitest';
import { newestFirst } from './newest-first';

describe('newestFirst', () => {
  const byUpdate = newestFirst('updatedAt');

  it('puts the latest timestamp first', () => {
    const rows = [
      { id: 'a', updatedAt: '2025-01-01T00:00:00.000Z' },
      { id: 'b', updatedAt: '2025-03-01T00:00:00.000Z' },
      { id: 'c', updatedAt: '2025-02-01T00:00:00.000Z' },
    ];
    expect(rows.sort(byUpdate).map((row) => row.id)).toEqual(['b', 'c', 'a']);
  });

  it('breaks ties by id so the order is stable', () => {
    const at = '2025-01-01T00:00:00.000Z';
    const rows = [{ id: 'x', updatedAt: at }, { id: 'z', updatedAt: at }, { id: 'y', updatedAt: at }];
    expect(rows.sort(byUpdate).map((row) => row.id)).toEqual(['z', 'y', 'x']);
    expect(byUpdate({ id: 'same', updatedAt: at }, { id: 'same', updatedAt: at })).toBe(0);
  });
});
