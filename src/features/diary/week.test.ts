import { describe, expect, it } from 'vitest';
import { groupByWeek, weekStart } from './week';

describe('weekStart', () => {
  it('is the Monday of the week, across months and years', () => {
    expect(weekStart('2026-03-02')).toBe('2026-03-02');
    expect(weekStart('2026-03-08')).toBe('2026-03-02');
    expect(weekStart('2026-01-01')).toBe('2025-12-29');
  });
});

describe('groupByWeek', () => {
  it('keeps the given order and starts a group at each new week', () => {
    const items = ['2026-03-10', '2026-03-09', '2026-03-08', '2026-03-02'].map((date) => ({ date }));
    expect(groupByWeek(items).map((group) => [group.week, group.items.length])).toEqual([
      ['2026-03-09', 2],
      ['2026-03-02', 2],
    ]);
  });
});
