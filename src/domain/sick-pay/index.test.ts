import { describe, expect, it } from 'vitest';
import { statutorySickPay } from './index';

describe('sick pay public API', () => {
  it('exposes the calculator', () => {
    const result = statutorySickPay({
      sickness: { start: '2026-04-13', end: '2026-04-17' },
      qualifyingDays: [1, 2, 3, 4, 5],
      averageWeeklyEarningsPence: 30000,
    });
    expect(result.ok && result.totalPence).toBe(12325);
  });
});
