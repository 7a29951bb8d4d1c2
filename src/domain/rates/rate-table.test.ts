import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/iso-date';
import { RATE_KEYS, isRateKey, rateHistory, rateOn } from './rate-table';

/** Every key the rest of the app has been promised (content placeholders and calculators). */
const PROMISED_KEYS = [
  'nmw.21_and_over',
  'nmw.25_and_over',
  'nmw.23_and_over',
  'nmw.21_to_24',
  'nmw.21_to_22',
  'nmw.18_to_20',
  'nmw.16_to_17',
  'nmw.apprentice',
  'nmw.accommodation_offset_daily',
  'nmw.accommodation_offset_weekly',
  'nmw.nlw_min_age',
  'nmw.penalty_percent',
  'nmw.penalty_max_per_worker',
  'rlw.uk',
  'rlw.london',
  'holiday.weeks',
  'holiday.max_days',
  'holiday.irregular_accrual_percent',
  'ssp.weekly_flat',
  'ssp.earnings_percent',
  'ssp.waiting_days',
  'ssp.max_weeks',
  'ssp.linking_days',
  'ni.lower_earnings_limit_weekly',
  'ni.secondary_threshold_yearly',
  'ni.secondary_threshold_weekly',
  'ni.upper_secondary_threshold_under_21_yearly',
  'ni.under_21_relief_age',
  'ni.employer_rate',
  'ni.employment_allowance',
  'pension.trigger_yearly',
  'pension.min_age',
  'pension.qualifying_lower_yearly',
  'pension.qualifying_upper_yearly',
  'pension.employer_min_percent',
  'pension.total_min_percent',
  'el.minimum_cover',
  'el.daily_fine',
  'el.certificate_fine',
  'dbs.fee_basic',
  'dbs.fee_standard',
  'dbs.fee_enhanced',
  'dbs.update_service_yearly',
  'redundancy.week_pay_cap',
  'redundancy.min_service_years',
  'notice.max_weeks',
  'rtw.civil_penalty_first',
  'rtw.civil_penalty_repeat',
];

/** Keys allowed to have a hole in their history, with the hole's first and last day. */
const DOCUMENTED_GAPS: Record<string, { from: string; to: string }> = {
  // Between the pre-2016 adult rate and the National Living Wage reaching age 21.
  'nmw.21_and_over': { from: '2016-04-01', to: '2024-03-31' },
};

describe('the rate table', () => {
  it('has rows for every promised key and no others', () => {
    expect([...RATE_KEYS].sort()).toEqual([...PROMISED_KEYS].sort());
    for (const key of PROMISED_KEYS) expect(isRateKey(key)).toBe(true);
  });

  it('lists keys in alphabetical order', () => {
    expect(RATE_KEYS).toEqual([...RATE_KEYS].sort());
  });

  it('knows nothing about unknown keys', () => {
    expect(isRateKey('nmw.unknown')).toBe(false);
    expect(rateHistory('nmw.unknown')).toEqual([]);
    expect(rateOn('nmw.unknown', '2026-04-01')).toBeUndefined();
  });

  it('returns nothing for a date that is not a real ISO date', () => {
    expect(rateOn('nmw.21_and_over', '2026-02-30')).toBeUndefined();
    expect(rateOn('nmw.21_and_over', '1 April 2026')).toBeUndefined();
  });

  it('keeps every row valid: https source, integer value, matching key, sensible dates', () => {
    for (const key of RATE_KEYS) {
      for (const row of rateHistory(key)) {
        expect(row.key).toBe(key);
        expect(row.source).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
        expect(Number.isInteger(row.value)).toBe(true);
        expect(row.value).toBeGreaterThanOrEqual(0);
        expect(['pence', 'basisPoints', 'count']).toContain(row.unit);
        if (row.to !== null) expect(row.to >= row.from).toBe(true);
        if (row.decimals !== undefined) expect(row.unit).toBe('count');
      }
    }
  });

  it('keeps one unit per key', () => {
    for (const key of RATE_KEYS) {
      const units = new Set(rateHistory(key).map((row) => row.unit));
      expect(units.size).toBe(1);
    }
  });

  it('sorts each history by start date, with no overlaps and no unexplained gaps', () => {
    for (const key of RATE_KEYS) {
      const rows = rateHistory(key);
      expect(rows.length).toBeGreaterThan(0);
      // Only the last row may be open-ended.
      rows.slice(0, -1).forEach((row) => expect(row.to).not.toBeNull());
      for (let i = 1; i < rows.length; i += 1) {
        const previous = rows[i - 1]!;
        const current = rows[i]!;
        expect(previous.to! < current.from).toBe(true);
        const gapStart = addDays(previous.to!, 1);
        if (gapStart !== current.from) {
          expect(DOCUMENTED_GAPS[key]).toEqual({ from: gapStart, to: addDays(current.from, -1) });
        }
      }
    }
  });

  it('has exactly the documented gap in nmw.21_and_over', () => {
    expect(rateOn('nmw.21_and_over', '2016-03-31')?.value).toBe(670);
    expect(rateOn('nmw.21_and_over', '2016-04-01')).toBeUndefined();
    expect(rateOn('nmw.21_and_over', '2024-03-31')).toBeUndefined();
    expect(rateOn('nmw.21_and_over', '2024-04-01')?.value).toBe(1144);
  });

  it('keeps every current rate in force with no end date', () => {
    const ended = ['nmw.25_and_over', 'nmw.23_and_over', 'nmw.21_to_24', 'nmw.21_to_22'];
    for (const key of RATE_KEYS) {
      const last = rateHistory(key).at(-1)!;
      expect(last.to).toBe(ended.includes(key) ? last.to : null);
    }
    expect(rateHistory('nmw.25_and_over').at(-1)?.to).toBe('2021-03-31');
    expect(rateHistory('nmw.23_and_over').at(-1)?.to).toBe('2024-03-31');
    expect(rateHistory('nmw.21_to_24').at(-1)?.to).toBe('2021-03-31');
    expect(rateHistory('nmw.21_to_22').at(-1)?.to).toBe('2024-03-31');
  });

  it('hands out frozen rows that callers cannot change', () => {
    const row = rateOn('nmw.21_and_over', '2026-04-01')!;
    expect(Object.isFrozen(row)).toBe(true);
    expect(Object.isFrozen(rateHistory('nmw.21_and_over'))).toBe(true);
    expect(Object.isFrozen(RATE_KEYS)).toBe(true);
  });
});

describe('minimum wage rates change on 1 April (and on 1 October until 2016)', () => {
  // [key, last day of the old rate, old pence, new pence]; undefined = no row that day.
  const changes: [string, string, number | undefined, number | undefined][] = [
    ['nmw.21_and_over', '2015-09-30', undefined, 670],
    ['nmw.25_and_over', '2016-03-31', undefined, 720],
    ['nmw.25_and_over', '2017-03-31', 720, 750],
    ['nmw.25_and_over', '2018-03-31', 750, 783],
    ['nmw.25_and_over', '2019-03-31', 783, 821],
    ['nmw.25_and_over', '2020-03-31', 821, 872],
    ['nmw.25_and_over', '2021-03-31', 872, undefined],
    ['nmw.23_and_over', '2021-03-31', undefined, 891],
    ['nmw.23_and_over', '2022-03-31', 891, 950],
    ['nmw.23_and_over', '2023-03-31', 950, 1042],
    ['nmw.21_and_over', '2024-03-31', undefined, 1144],
    ['nmw.21_and_over', '2025-03-31', 1144, 1221],
    ['nmw.21_and_over', '2026-03-31', 1221, 1271],
    ['nmw.21_to_24', '2016-03-31', undefined, 670],
    ['nmw.21_to_24', '2016-09-30', 670, 695],
    ['nmw.21_to_24', '2017-03-31', 695, 705],
    ['nmw.21_to_24', '2018-03-31', 705, 738],
    ['nmw.21_to_24', '2019-03-31', 738, 770],
    ['nmw.21_to_24', '2020-03-31', 770, 820],
    ['nmw.21_to_22', '2021-03-31', undefined, 836],
    ['nmw.21_to_22', '2022-03-31', 836, 918],
    ['nmw.21_to_22', '2023-03-31', 918, 1018],
    ['nmw.18_to_20', '2016-03-31', 530, 530],
    ['nmw.18_to_20', '2016-09-30', 530, 555],
    ['nmw.18_to_20', '2017-03-31', 555, 560],
    ['nmw.18_to_20', '2018-03-31', 560, 590],
    ['nmw.18_to_20', '2019-03-31', 590, 615],
    ['nmw.18_to_20', '2020-03-31', 615, 645],
    ['nmw.18_to_20', '2021-03-31', 645, 656],
    ['nmw.18_to_20', '2022-03-31', 656, 683],
    ['nmw.18_to_20', '2023-03-31', 683, 749],
    ['nmw.18_to_20', '2024-03-31', 749, 860],
    ['nmw.18_to_20', '2025-03-31', 860, 1000],
    ['nmw.18_to_20', '2026-03-31', 1000, 1085],
    ['nmw.16_to_17', '2015-09-30', undefined, 387],
    ['nmw.16_to_17', '2016-09-30', 387, 400],
    ['nmw.16_to_17', '2017-03-31', 400, 405],
    ['nmw.16_to_17', '2018-03-31', 405, 420],
    ['nmw.16_to_17', '2019-03-31', 420, 435],
    ['nmw.16_to_17', '2020-03-31', 435, 455],
    ['nmw.16_to_17', '2021-03-31', 455, 462],
    ['nmw.16_to_17', '2022-03-31', 462, 481],
    ['nmw.16_to_17', '2023-03-31', 481, 528],
    ['nmw.16_to_17', '2024-03-31', 528, 640],
    ['nmw.16_to_17', '2025-03-31', 640, 755],
    ['nmw.16_to_17', '2026-03-31', 755, 800],
    ['nmw.apprentice', '2015-09-30', undefined, 330],
    ['nmw.apprentice', '2016-09-30', 330, 340],
    ['nmw.apprentice', '2017-03-31', 340, 350],
    ['nmw.apprentice', '2018-03-31', 350, 370],
    ['nmw.apprentice', '2019-03-31', 370, 390],
    ['nmw.apprentice', '2020-03-31', 390, 415],
    ['nmw.apprentice', '2021-03-31', 415, 430],
    ['nmw.apprentice', '2022-03-31', 430, 481],
    ['nmw.apprentice', '2023-03-31', 481, 528],
    ['nmw.apprentice', '2024-03-31', 528, 640],
    ['nmw.apprentice', '2025-03-31', 640, 755],
    ['nmw.apprentice', '2026-03-31', 755, 800],
    ['nmw.accommodation_offset_daily', '2015-09-30', undefined, 535],
    ['nmw.accommodation_offset_daily', '2016-09-30', 535, 600],
    ['nmw.accommodation_offset_daily', '2017-03-31', 600, 640],
    ['nmw.accommodation_offset_daily', '2018-03-31', 640, 700],
    ['nmw.accommodation_offset_daily', '2019-03-31', 700, 755],
    ['nmw.accommodation_offset_daily', '2020-03-31', 755, 820],
    ['nmw.accommodation_offset_daily', '2021-03-31', 820, 836],
    ['nmw.accommodation_offset_daily', '2022-03-31', 836, 870],
    ['nmw.accommodation_offset_daily', '2023-03-31', 870, 910],
    ['nmw.accommodation_offset_daily', '2024-03-31', 910, 999],
    ['nmw.accommodation_offset_daily', '2025-03-31', 999, 1066],
    ['nmw.accommodation_offset_daily', '2026-03-31', 1066, 1110],
    ['nmw.accommodation_offset_weekly', '2016-09-30', 3745, 4200],
    ['nmw.accommodation_offset_weekly', '2025-03-31', 6993, 7462],
    ['nmw.accommodation_offset_weekly', '2026-03-31', 7462, 7770],
    ['nmw.nlw_min_age', '2016-03-31', undefined, 25],
    ['nmw.nlw_min_age', '2021-03-31', 25, 23],
    ['nmw.nlw_min_age', '2024-03-31', 23, 21],
  ];

  it.each(changes)('%s: %s → next day', (key, lastOldDay, oldValue, newValue) => {
    expect(rateOn(key, lastOldDay)?.value).toBe(oldValue);
    expect(rateOn(key, addDays(lastOldDay, 1))?.value).toBe(newValue);
  });

  it('keeps the weekly accommodation offset at exactly 7 × the daily one (NMWM03080)', () => {
    const daily = rateHistory('nmw.accommodation_offset_daily');
    const weekly = rateHistory('nmw.accommodation_offset_weekly');
    expect(weekly.map((row) => [row.from, row.to])).toEqual(daily.map((row) => [row.from, row.to]));
    weekly.forEach((row, index) => expect(row.value).toBe(7 * daily[index]!.value));
  });
});

describe('tax-year figures change on 6 April', () => {
  const changes: [string, string, number | undefined, number][] = [
    ['ssp.weekly_flat', '2024-04-05', undefined, 11670],
    ['ssp.weekly_flat', '2025-04-05', 11670, 11875],
    ['ssp.weekly_flat', '2026-04-05', 11875, 12325],
    ['ssp.earnings_percent', '2026-04-05', undefined, 8000],
    ['ssp.waiting_days', '2026-04-05', 3, 0],
    ['ni.lower_earnings_limit_weekly', '2025-04-05', 12300, 12500],
    ['ni.lower_earnings_limit_weekly', '2026-04-05', 12500, 12900],
    ['ni.secondary_threshold_yearly', '2025-04-05', 910000, 500000],
    ['ni.secondary_threshold_weekly', '2025-04-05', 17500, 9600],
    ['ni.employer_rate', '2025-04-05', 1380, 1500],
    ['ni.employment_allowance', '2022-04-05', undefined, 500000],
    ['ni.employment_allowance', '2025-04-05', 500000, 1050000],
    ['redundancy.week_pay_cap', '2025-04-05', undefined, 71900],
    ['redundancy.week_pay_cap', '2026-04-05', 71900, 75100],
    ['pension.employer_min_percent', '2019-04-05', undefined, 300],
    ['pension.total_min_percent', '2019-04-05', undefined, 800],
    ['pension.trigger_yearly', '2024-04-05', undefined, 1000000],
  ];
  it.each(changes)('%s: %s → next day', (key, lastOldDay, oldValue, newValue) => {
    expect(rateOn(key, lastOldDay)?.value).toBe(oldValue);
    expect(rateOn(key, addDays(lastOldDay, 1))?.value).toBe(newValue);
  });
});

describe('other dated figures', () => {
  const changes: [string, string, number | undefined, number][] = [
    ['rlw.uk', '2024-10-21', undefined, 1260],
    ['rlw.uk', '2025-10-21', 1260, 1345],
    ['rlw.london', '2024-10-21', undefined, 1385],
    ['rlw.london', '2025-10-21', 1385, 1480],
    ['holiday.weeks', '2009-03-31', undefined, 56],
    ['holiday.max_days', '2009-03-31', undefined, 28],
    ['holiday.irregular_accrual_percent', '2024-03-31', undefined, 1207],
    ['dbs.fee_basic', '2024-12-01', 2300, 2150],
    ['dbs.fee_standard', '2024-12-01', 2300, 2150],
    ['dbs.fee_enhanced', '2024-12-01', 4000, 4950],
    ['dbs.update_service_yearly', '2024-12-01', 1300, 1600],
    ['dbs.fee_basic', '2019-09-30', undefined, 2300],
    ['rtw.civil_penalty_first', '2024-02-12', undefined, 4500000],
    ['rtw.civil_penalty_repeat', '2024-02-12', undefined, 6000000],
    ['el.minimum_cover', '1998-12-31', undefined, 500000000],
    ['nmw.penalty_percent', '2014-03-06', 5000, 10000],
    ['nmw.penalty_percent', '2016-03-31', 10000, 20000],
    ['nmw.penalty_max_per_worker', '2016-03-31', undefined, 2000000],
  ];
  it.each(changes)('%s: %s → next day', (key, lastOldDay, oldValue, newValue) => {
    expect(rateOn(key, lastOldDay)?.value).toBe(oldValue);
    expect(rateOn(key, addDays(lastOldDay, 1))?.value).toBe(newValue);
  });

  it('holds 5.6 weeks as 56 with one decimal place', () => {
    const row = rateOn('holiday.weeks', '2026-04-01')!;
    expect(row).toMatchObject({ value: 56, unit: 'count', decimals: 1 });
  });

  it('marks the 12.07% accrual as Great Britain only and the Real Living Wage as voluntary', () => {
    expect(rateOn('holiday.irregular_accrual_percent', '2026-04-01')?.note).toMatch(/Great Britain only/);
    expect(rateOn('rlw.uk', '2026-04-01')?.note).toMatch(/Voluntary/);
  });
});

describe('figures in force on 1 April 2026 and the 2026/27 tax year', () => {
  const expected: Record<string, number> = {
    'nmw.21_and_over': 1271,
    'nmw.18_to_20': 1085,
    'nmw.16_to_17': 800,
    'nmw.apprentice': 800,
    'nmw.accommodation_offset_daily': 1110,
    'nmw.accommodation_offset_weekly': 7770,
    'nmw.nlw_min_age': 21,
    'nmw.penalty_percent': 20000,
    'nmw.penalty_max_per_worker': 2000000,
    'rlw.uk': 1345,
    'rlw.london': 1480,
    'holiday.weeks': 56,
    'holiday.max_days': 28,
    'holiday.irregular_accrual_percent': 1207,
    'el.minimum_cover': 500000000,
    'el.daily_fine': 250000,
    'el.certificate_fine': 100000,
    'dbs.fee_basic': 2150,
    'dbs.fee_standard': 2150,
    'dbs.fee_enhanced': 4950,
    'dbs.update_service_yearly': 1600,
    'redundancy.min_service_years': 2,
    'notice.max_weeks': 12,
    'rtw.civil_penalty_first': 4500000,
    'rtw.civil_penalty_repeat': 6000000,
  };
  const taxYear: Record<string, number> = {
    'ssp.weekly_flat': 12325,
    'ssp.earnings_percent': 8000,
    'ssp.waiting_days': 0,
    'ssp.max_weeks': 28,
    'ssp.linking_days': 56,
    'ni.lower_earnings_limit_weekly': 12900,
    'ni.secondary_threshold_yearly': 500000,
    'ni.secondary_threshold_weekly': 9600,
    'ni.upper_secondary_threshold_under_21_yearly': 5027000,
    'ni.under_21_relief_age': 21,
    'ni.employer_rate': 1500,
    'ni.employment_allowance': 1050000,
    'pension.trigger_yearly': 1000000,
    'pension.min_age': 22,
    'pension.qualifying_lower_yearly': 624000,
    'pension.qualifying_upper_yearly': 5027000,
    'pension.employer_min_percent': 300,
    'pension.total_min_percent': 800,
    'redundancy.week_pay_cap': 75100,
  };

  it.each(Object.entries(expected))('%s is %i from 1 April 2026', (key, value) => {
    expect(rateOn(key, '2026-04-01')?.value).toBe(value);
  });
  it.each(Object.entries(taxYear))('%s is %i from 6 April 2026', (key, value) => {
    expect(rateOn(key, '2026-04-06')?.value).toBe(value);
  });
  it('has no row for the ended bands in April 2026', () => {
    for (const key of ['nmw.25_and_over', 'nmw.23_and_over', 'nmw.21_to_24', 'nmw.21_to_22']) {
      expect(rateOn(key, '2026-04-01')).toBeUndefined();
    }
  });
});
