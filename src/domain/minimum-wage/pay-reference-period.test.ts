import { describe, expect, it } from 'vitest';
import { daysInPeriod, oneMonthLimit } from './pay-reference-period';

describe('pay reference period of at most a month (NMW Regulations 2015 reg 6)', () => {
  it('ends before the same day of the next month', () => {
    expect(oneMonthLimit('2026-04-01')).toBe('2026-05-01');
    expect(oneMonthLimit('2026-04-15')).toBe('2026-05-15');
  });
  it('crosses the year end', () => {
    expect(oneMonthLimit('2025-12-15')).toBe('2026-01-15');
    expect(oneMonthLimit('2025-12-31')).toBe('2026-01-31');
  });
  it('lets a period starting late in January run to the end of February', () => {
    expect(oneMonthLimit('2026-01-31')).toBe('2026-03-01');
    expect(oneMonthLimit('2026-01-29')).toBe('2026-03-01');
    expect(oneMonthLimit('2026-01-28')).toBe('2026-02-28');
  });
  it('knows 29 February in leap years', () => {
    expect(oneMonthLimit('2024-01-29')).toBe('2024-02-29');
    expect(oneMonthLimit('2024-01-30')).toBe('2024-03-01');
  });
  it('counts days including both ends', () => {
    expect(daysInPeriod('2026-04-01', '2026-04-30')).toBe(30);
    expect(daysInPeriod('2026-04-06', '2026-04-06')).toBe(1);
    expect(daysInPeriod('2024-02-01', '2024-02-29')).toBe(29);
  });
});
