import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SickPayInput } from './sick-pay-input';
import { statutorySickPay, type SickPayResult } from './statutory-sick-pay';

// Worked examples below are worked by hand from SSCBA 1992 Part XI and the rates in force
// (gov.uk/statutory-sick-pay: £116.70 in 2024/25, £118.75 in 2025/26, £123.25 from 6 April 2026),
// with the GOV.UK SSP calculator's rounding (daily rate cut to 1/100p, each week rounded up).
const MON_TO_FRI = [1, 2, 3, 4, 5];

function ok(result: SickPayResult) {
  if (!result.ok) throw new Error(`expected a result, got ${JSON.stringify(result.errors)}`);
  return result;
}

function errorsOf(input: unknown) {
  const result = statutorySickPay(input as SickPayInput);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('before 6 April 2026: 4-day PIW, 3 waiting days, lower earnings limit, flat rate', () => {
  it('pays £166.25 for Mon 2 to Fri 13 June 2025 on a 5-day week: 3 waiting days, then 7 days at £23.75', () => {
    const result = ok(
      statutorySickPay({
        sickness: { start: '2025-06-02', end: '2025-06-13' },
        qualifyingDays: MON_TO_FRI,
        averageWeeklyEarningsPence: 30000,
      }),
    );
    expect(result).toMatchObject({ eligible: true, rules: 'before-reform', waitingDays: 3, daysPaid: 7, totalPence: 16625 });
    expect(result.weeklyRatesPence).toEqual([11875]);
    expect(result.weeks).toEqual([
      { weekStart: '2025-06-01', weekEnd: '2025-06-07', paidDays: 2, waitingDays: 3, pence: 4750 },
      { weekStart: '2025-06-08', weekEnd: '2025-06-14', paidDays: 5, waitingDays: 0, pence: 11875 },
    ]);
    expect(result.reasons).toEqual(['waiting-days']);
    expect(result.steps.map((step) => step.id)).toEqual([
      'rules-in-force',
      'earnings-test',
      'waiting-days',
      'weekly-rate',
      'week',
      'week',
      'total',
    ]);
  });

  it('cuts the daily rate to 1/100p and rounds the week up: 3 days a week, £118.75 ÷ 3 = £39.5833, week £118.75', () => {
    const result = ok(
      statutorySickPay({
        sickness: { start: '2025-06-02', end: '2025-06-15' },
        qualifyingDays: [1, 3, 5],
        averageWeeklyEarningsPence: 30000,
      }),
    );
    // 3 × 3958.33p = 11874.99p, rounded up to 11875p.
    expect(result.weeks.map((week) => week.pence)).toEqual([0, 11875, 0]);
    expect(result.totalPence).toBe(11875);
  });

  it('refuses a spell of 3 days as too short to be a PIW (SSCBA s.152(2))', () => {
    const result = ok(
      statutorySickPay({ sickness: { start: '2025-06-02', end: '2025-06-04' }, qualifyingDays: MON_TO_FRI, averageWeeklyEarningsPence: 30000 }),
    );
    expect(result).toMatchObject({ eligible: false, reasons: ['piw-too-short'], totalPence: 0, weeks: [] });
    expect(result.steps[1]).toEqual({ id: 'not-a-period-of-incapacity', values: { days: 3, minimumDays: 4 } });
  });

  it('refuses earnings of £120 a week, below the £125 lower earnings limit for 2025/26', () => {
    const result = ok(
      statutorySickPay({ sickness: { start: '2025-06-02', end: '2025-06-13' }, qualifyingDays: MON_TO_FRI, averageWeeklyEarningsPence: 12000 }),
    );
    expect(result).toMatchObject({ eligible: false, reasons: ['earnings-below-lel'], waitingDays: 0, totalPence: 0 });
    expect(result.steps).toContainEqual({
      id: 'earnings-test',
      values: { averageWeeklyEarningsPence: 12000, lowerEarningsLimitPence: 12500, result: 'failed' },
    });
  });

  it('pays nothing when every qualifying day of a short PIW is a waiting day', () => {
    const result = ok(
      statutorySickPay({ sickness: { start: '2025-06-06', end: '2025-06-09' }, qualifyingDays: MON_TO_FRI, averageWeeklyEarningsPence: 30000 }),
    );
    expect(result).toMatchObject({ eligible: false, reasons: ['waiting-days'], waitingDays: 2 });
  });

  it('says so when the spell has no qualifying days at all', () => {
    const result = ok(
      statutorySickPay({ sickness: { start: '2025-06-06', end: '2025-06-09' }, qualifyingDays: [3], averageWeeklyEarningsPence: 30000 }),
    );
    expect(result.reasons).toEqual(['no-qualifying-days']);
  });

  it('changes the daily rate on 6 April 2025 (£116.70 → £118.75): 26 March to 11 April 2025 pays £235.45', () => {
    const result = ok(
      statutorySickPay({ sickness: { start: '2025-03-26', end: '2025-04-11' }, qualifyingDays: MON_TO_FRI, averageWeeklyEarningsPence: 30000 }),
    );
    expect(result.weeklyRatesPence).toEqual([11670, 11875]);
    expect(result.weeks.map((week) => week.pence)).toEqual([0, 11670, 11875]);
    expect(result.totalPence).toBe(23545);
  });
});

describe('from 6 April 2026: day one, no earnings limit, lower of £123.25 and 80% of earnings', () => {
  it('pays £123.25 for a full week from the first day when 80% of £300 is higher than the flat rate', () => {
    const result = ok(
      statutorySickPay({ sickness: { start: '2026-04-13', end: '2026-04-17' }, qualifyingDays: MON_TO_FRI, averageWeeklyEarningsPence: 30000 }),
    );
    expect(result).toMatchObject({ rules: 'from-reform', waitingDays: 0, daysPaid: 5, totalPence: 12325, weeklyRatesPence: [12325] });
    expect(result.steps.map((step) => step.id)).not.toContain('earnings-test');
  });

  it('pays a one-day absence at 80% of £100 a week: £80 ÷ 5 = £16 (business.gov.uk SSP changes)', () => {
    const result = ok(
      statutorySickPay({ sickness: { start: '2026-04-15', end: '2026-04-15' }, qualifyingDays: MON_TO_FRI, averageWeeklyEarningsPence: 10000 }),
    );
    expect(result).toMatchObject({ eligible: true, daysPaid: 1, totalPence: 1600, weeklyRatesPence: [8000] });
  });

  it('rounds 80% of earnings up to a whole penny: 80% of £100.01 = £80.008 → £80.01', () => {
    const result = ok(
      statutorySickPay({ sickness: { start: '2026-04-13', end: '2026-04-17' }, qualifyingDays: MON_TO_FRI, averageWeeklyEarningsPence: 10001 }),
    );
    expect(result.weeklyRatesPence).toEqual([8001]);
  });
});

describe('spells running across 6 April 2026 (SI 2026/373 and DWP transitional guidance)', () => {
  it('stops waiting days on 6 April: waiting 1–3 April, then paid 6–10 April', () => {
    const result = ok(
      statutorySickPay({ sickness: { start: '2026-04-01', end: '2026-04-10' }, qualifyingDays: MON_TO_FRI, averageWeeklyEarningsPence: 30000 }),
    );
    expect(result).toMatchObject({ rules: 'spans-reform', waitingDays: 3, daysPaid: 5, totalPence: 12325 });
  });

  it('keeps someone already on SSP at the flat £123.25, not 80% of £140 (£112), until the spell ends', () => {
    const result = ok(
      statutorySickPay({ sickness: { start: '2026-03-23', end: '2026-04-10' }, qualifyingDays: MON_TO_FRI, averageWeeklyEarningsPence: 14000 }),
    );
    expect(result.weeks.map((week) => week.pence)).toEqual([4750, 11875, 12325]);
    expect(result.totalPence).toBe(28950);
    expect(result.steps).toContainEqual({ id: 'weekly-rate', values: { from: '2026-04-06', weeklyRatePence: 12325, protectedRate: 'yes' } });
  });

  it('uses 80% for the same earner in a new spell after 6 April: £112 a week', () => {
    const result = ok(
      statutorySickPay({ sickness: { start: '2026-04-13', end: '2026-04-17' }, qualifyingDays: MON_TO_FRI, averageWeeklyEarningsPence: 14000 }),
    );
    expect(result.totalPence).toBe(11200);
  });

  it('pays someone below the old limit from 6 April at 80%: nothing for 30 March–3 April, then £80', () => {
    const result = ok(
      statutorySickPay({ sickness: { start: '2026-03-30', end: '2026-04-10' }, qualifyingDays: MON_TO_FRI, averageWeeklyEarningsPence: 10000 }),
    );
    expect(result).toMatchObject({ eligible: true, reasons: ['earnings-below-lel'], waitingDays: 0, daysPaid: 5, totalPence: 8000 });
  });

  it('changes rate mid-week for a 7-day worker: Sunday 5 April at £118.75/7, Monday on at £123.25/7', () => {
    const result = ok(
      statutorySickPay({ sickness: { start: '2026-03-25', end: '2026-04-11' }, qualifyingDays: [0, 1, 2, 3, 4, 5, 6], averageWeeklyEarningsPence: 30000 }),
    );
    // 1696.42p (up to 1697p); 7 × 1696.42 = 11874.94 → 11875; 1696.42 + 6 × 1760.71 = 12260.68 → 12261.
    expect(result.weeks.map((week) => week.pence)).toEqual([1697, 11875, 12261]);
    expect(result.totalPence).toBe(25833);
  });
});

describe('linked periods and the 28-week maximum (SSCBA ss.152(3), 155(4))', () => {
  const earlier = { start: '2025-05-05', end: '2025-05-08' };

  it('links PIWs 52 days apart, so waiting days are not served again', () => {
    const result = ok(
      statutorySickPay({
        sickness: { start: '2025-06-30', end: '2025-07-03' },
        earlierSickness: [earlier],
        qualifyingDays: MON_TO_FRI,
        averageWeeklyEarningsPence: 30000,
      }),
    );
    expect(result).toMatchObject({ waitingDays: 0, daysPaid: 4, totalPence: 9500 });
    expect(result.linkedSpells).toEqual([{ ...earlier, gapDays: 52 }]);
    expect(result.steps).toContainEqual({ id: 'waiting-days', values: { inThisSpell: 0, servedEarlier: 3 } });
  });

  it('links a gap of exactly 56 days but not 57', () => {
    const current = { start: '2025-06-30', end: '2025-07-03' };
    const base = { sickness: current, qualifyingDays: MON_TO_FRI, averageWeeklyEarningsPence: 30000 };
    const at56 = ok(statutorySickPay({ ...base, earlierSickness: [{ start: '2025-05-01', end: '2025-05-04' }] }));
    const at57 = ok(statutorySickPay({ ...base, earlierSickness: [{ start: '2025-04-30', end: '2025-05-03' }] }));
    expect(at56.linkedSpells).toHaveLength(1);
    expect(at57.linkedSpells).toHaveLength(0);
    expect(at57.waitingDays).toBe(3);
  });

  it('chains links back through earlier PIWs and ignores spells too short to be PIWs', () => {
    const result = ok(
      statutorySickPay({
        sickness: { start: '2025-09-01', end: '2025-09-05' },
        earlierSickness: [{ start: '2025-05-12', end: '2025-05-16' }, { start: '2025-07-01', end: '2025-07-02' }, { start: '2025-06-30', end: '2025-06-30' }, { start: '2025-07-07', end: '2025-07-10' }],
        qualifyingDays: MON_TO_FRI,
        averageWeeklyEarningsPence: 30000,
      }),
    );
    expect(result.linkedSpells.map((spell) => spell.start)).toEqual(['2025-05-12', '2025-07-07']);
    expect(result.totalPence).toBe(11875);
  });

  it('stops at 28 weeks: with 27.8 weeks already paid, one more day of a 5-day week is due', () => {
    const result = ok(
      statutorySickPay({
        sickness: { start: '2025-06-02', end: '2025-06-06' },
        earlierSickness: [{ start: '2025-05-05', end: '2025-05-09' }],
        qualifyingDays: MON_TO_FRI,
        averageWeeklyEarningsPence: 30000,
        weeksAlreadyPaid: 27.8,
      }),
    );
    expect(result).toMatchObject({ daysPaid: 1, totalPence: 2375, reasons: ['maximum-reached'] });
    expect(result.steps).toContainEqual({ id: 'maximum-reached', values: { date: '2025-06-03', maxWeeks: 28 } });
    expect(result.steps).toContainEqual({ id: 'weeks-already-paid', values: { weeks: 27.8 } });
  });

  it('pays the part of a day that fits: 27.9 weeks paid leaves half a day, £11.875 rounded up to £11.88', () => {
    const result = ok(
      statutorySickPay({
        sickness: { start: '2025-06-02', end: '2025-06-06' },
        earlierSickness: [{ start: '2025-05-05', end: '2025-05-09' }],
        qualifyingDays: MON_TO_FRI,
        averageWeeklyEarningsPence: 30000,
        weeksAlreadyPaid: 27.9,
      }),
    );
    expect(result.totalPence).toBe(1188);
  });

  it('works out the weeks used from a long earlier spell: 28 weeks used by 25 April 2025', () => {
    const result = ok(
      statutorySickPay({
        sickness: { start: '2025-05-12', end: '2025-05-16' },
        earlierSickness: [{ start: '2024-10-07', end: '2025-05-02' }],
        qualifyingDays: MON_TO_FRI,
        averageWeeklyEarningsPence: 30000,
      }),
    );
    expect(result).toMatchObject({ eligible: false, reasons: ['maximum-reached'], totalPence: 0 });
  });
});

describe('input errors', () => {
  const valid = { sickness: { start: '2025-06-02', end: '2025-06-13' }, qualifyingDays: MON_TO_FRI, averageWeeklyEarningsPence: 30000 };

  it('checks the spell', () => {
    expect(errorsOf({ ...valid, sickness: undefined })).toEqual([
      { field: 'sickness.start', code: 'required' },
      { field: 'sickness.end', code: 'required' },
    ]);
    expect(errorsOf({ ...valid, sickness: { start: '2025-06-02', end: '2025-06-31' } })).toEqual([{ field: 'sickness.end', code: 'not-a-date' }]);
    expect(errorsOf({ ...valid, sickness: { start: '2025-06-02', end: '2025-06-01' } })).toEqual([{ field: 'sickness.end', code: 'end-before-start' }]);
    expect(errorsOf({ ...valid, sickness: { start: '2025-06-02', end: '2028-07-01' } })).toEqual([{ field: 'sickness.end', code: 'too-many-days' }]);
  });

  it('checks earlier spells', () => {
    expect(errorsOf({ ...valid, earlierSickness: 'yes' })).toEqual([{ field: 'earlierSickness', code: 'required' }]);
    const many = Array.from({ length: 21 }, () => ({ start: '2025-01-01', end: '2025-01-02' }));
    expect(errorsOf({ ...valid, earlierSickness: many })).toEqual([{ field: 'earlierSickness', code: 'too-large' }]);
    expect(
      errorsOf({
        ...valid,
        earlierSickness: [{ start: '2025-05-01', end: '2025-05-10' }, { start: '2025-05-08', end: '2025-05-12' }, { start: '2025-06-10', end: '2025-06-12' }, null],
      }),
    ).toEqual([
      { field: 'earlierSickness.1.end', code: 'overlap' },
      { field: 'earlierSickness.2.end', code: 'overlap' },
      { field: 'earlierSickness.3.start', code: 'required' },
      { field: 'earlierSickness.3.end', code: 'required' },
    ]);
  });

  it('checks qualifying days, earnings and weeks already paid', () => {
    expect(errorsOf({ ...valid, qualifyingDays: [] })).toEqual([{ field: 'qualifyingDays', code: 'required' }]);
    expect(errorsOf({ ...valid, qualifyingDays: [1, 1, 7, 2.5] })).toEqual([
      { field: 'qualifyingDays.1', code: 'duplicate' },
      { field: 'qualifyingDays.2', code: 'too-large' },
      { field: 'qualifyingDays.3', code: 'not-whole' },
    ]);
    expect(errorsOf({ ...valid, averageWeeklyEarningsPence: -1, weeksAlreadyPaid: 1.234 })).toEqual([
      { field: 'averageWeeklyEarningsPence', code: 'negative' },
      { field: 'weeksAlreadyPaid', code: 'too-many-decimals' },
    ]);
    expect(errorsOf({ ...valid, qualifyingDays: ['monday'], averageWeeklyEarningsPence: undefined })).toEqual([
      { field: 'qualifyingDays.0', code: 'not-a-number' },
      { field: 'averageWeeklyEarningsPence', code: 'required' },
    ]);
    expect(errorsOf({ ...valid, weeksAlreadyPaid: 28.01 })).toEqual([{ field: 'weeksAlreadyPaid', code: 'too-large' }]);
    expect(ok(statutorySickPay({ ...valid, weeksAlreadyPaid: '' as unknown as number })).totalPence).toBe(16625);
  });

  it('refuses dates before the rates table, on the spell the series starts with', () => {
    expect(errorsOf({ ...valid, sickness: { start: '2013-06-03', end: '2013-06-10' } })).toEqual([
      { field: 'sickness.start', code: 'outside-rates-table' },
    ]);
    expect(errorsOf({ ...valid, sickness: { start: '2024-03-25', end: '2024-04-10' } })).toEqual([
      { field: 'sickness.start', code: 'outside-rates-table' },
    ]);
    expect(
      errorsOf({ ...valid, sickness: { start: '2024-04-15', end: '2024-04-20' }, earlierSickness: [{ start: '2024-03-01', end: '2024-03-10' }] }),
    ).toEqual([{ field: 'earlierSickness', code: 'outside-rates-table' }]);
  });
});

describe('properties', () => {
  const spell = fc
    .tuple(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 60 }))
    .map(([offset, length]) => {
      const start = new Date(Date.UTC(2024, 3, 6 + offset));
      const end = new Date(start.getTime() + length * 86_400_000);
      return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
    });
  const pattern = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 });

  it('never pays more than the flat rate for each week of sickness, nor more days than qualifying days', () => {
    fc.assert(
      fc.property(spell, pattern, fc.integer({ min: 0, max: 200_000 }), (sickness, qualifyingDays, awe) => {
        const result = ok(statutorySickPay({ sickness, qualifyingDays, averageWeeklyEarningsPence: awe }));
        for (const week of result.weeks) {
          expect(week.pence).toBeLessThanOrEqual(12325);
          expect(week.paidDays + week.waitingDays).toBeLessThanOrEqual(qualifyingDays.length);
        }
        if (result.totalPence > 0) expect(result.eligible).toBe(true);
      }),
    );
  });

  it('higher earnings never lower SSP', () => {
    fc.assert(
      fc.property(spell, pattern, fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 5_000 }), (sickness, qualifyingDays, awe, extra) => {
        const total = (earnings: number) => ok(statutorySickPay({ sickness, qualifyingDays, averageWeeklyEarningsPence: earnings })).totalPence;
        expect(total(awe + extra)).toBeGreaterThanOrEqual(total(awe));
      }),
    );
  });
});
