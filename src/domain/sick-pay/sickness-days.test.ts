import { describe, expect, it } from 'vitest';
import { sicknessDays } from './sickness-days';

describe('day-by-day SSP decisions', () => {
  it('throws when the rates table has no SSP figures for a day, which only a broken table allows', () => {
    expect(() =>
      sicknessDays({
        spells: [{ start: '2020-01-06', end: '2020-01-10' }],
        qualifyingDays: [1, 2, 3, 4, 5],
        averageWeeklyEarningsPence: 30000,
        rules: { reformDate: '2026-04-06', maxWeeks: 28, linkingDays: 56 },
        lowerEarningsLimitPence: 12000,
        priorUnits: undefined,
      }),
    ).toThrow(RangeError);
  });
});
