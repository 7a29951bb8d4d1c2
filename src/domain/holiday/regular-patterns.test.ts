import { describe, expect, it } from 'vitest';
import { statutoryLeaveFrom } from './regular-patterns';

describe('statutory leave from rate rows', () => {
  it('reads 56 with one decimal as 5.6 weeks and a row without decimals as whole weeks', () => {
    const row = { key: 'holiday.weeks', from: '2009-04-01', to: null, unit: 'count', source: 'https://www.legislation.gov.uk/uksi/1998/1833/regulation/13A' } as const;
    const maxDays = { ...row, key: 'holiday.max_days', value: 28 };
    expect(statutoryLeaveFrom({ ...row, value: 56, decimals: 1 }, maxDays)).toEqual({ weeksValue: 56, weeksScale: 10, maxDays: 28 });
    expect(statutoryLeaveFrom({ ...row, value: 6 }, maxDays)).toEqual({ weeksValue: 6, weeksScale: 1, maxDays: 28 });
  });
});
