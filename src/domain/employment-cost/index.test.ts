import { describe, expect, it } from 'vitest';
import { employmentCost, highestFundedHourlyWage } from './index';

describe('employment cost public API', () => {
  it('exposes the cost and its inverse, which agree', () => {
    const input = { date: '2025-06-01', minutesPerWeek: 1200, workerAge: 30 };
    const funded = highestFundedHourlyWage({ ...input, councilRatePencePerHour: 1800 });
    if (!funded.ok) throw new Error('expected a result');
    const cost = employmentCost({ ...input, hourlyWagePence: funded.highestHourlyWagePence });
    expect(cost.ok && cost.costPerWorkedHourPence).toBeLessThanOrEqual(1800);
  });
});
