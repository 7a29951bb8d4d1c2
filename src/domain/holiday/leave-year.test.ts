import { describe, expect, it } from 'vitest';
import { daysInLeaveYear, leaveYearEnd, leaveYearShare } from './leave-year';

describe('leave year', () => {
  it('ends the day before the same date next year', () => {
    expect(leaveYearEnd('2026-01-01')).toBe('2026-12-31');
    expect(leaveYearEnd('2026-04-01')).toBe('2027-03-31');
  });

  it('treats a leave year starting on 29 February as ending on 28 February', () => {
    expect(leaveYearEnd('2024-02-29')).toBe('2025-02-28');
    expect(daysInLeaveYear('2024-02-29')).toBe(366);
  });

  it('has 366 days only when it contains 29 February', () => {
    expect(daysInLeaveYear('2024-01-01')).toBe(366);
    expect(daysInLeaveYear('2024-03-01')).toBe(365);
    expect(daysInLeaveYear('2023-03-01')).toBe(366);
  });
});

describe('share of the leave year (GOV.UK holiday entitlement calculator method)', () => {
  it('is the whole year for someone employed all year', () => {
    expect(leaveYearShare({ leaveYearStart: '2026-01-01' })).toEqual({ basis: 'whole-year', numerator: 1, denominator: 1 });
  });

  it('counts a starter’s first month as whole: starting 14 March in a calendar leave year is 10/12', () => {
    expect(leaveYearShare({ leaveYearStart: '2026-01-01', startDate: '2026-03-14' })).toEqual({
      basis: 'months-from-start',
      numerator: 10,
      denominator: 12,
    });
  });

  it('does not count a month whose day has not come round by the year end (start 20 June, year ends 14 April)', () => {
    expect(leaveYearShare({ leaveYearStart: '2026-04-15', startDate: '2026-06-20' }).numerator).toBe(10);
    expect(leaveYearShare({ leaveYearStart: '2026-04-15', startDate: '2026-06-14' }).numerator).toBe(11);
  });

  it('uses the days remaining when months would fall below WTR reg 13(5): 1 July in an April year is 274/365, not 9/12', () => {
    expect(leaveYearShare({ leaveYearStart: '2026-04-01', startDate: '2026-07-01' })).toEqual({
      basis: 'days-remaining',
      numerator: 274,
      denominator: 365,
    });
  });

  it('gives a leaver the days from the leave year start to the leaving day over the days in the year', () => {
    expect(leaveYearShare({ leaveYearStart: '2026-01-01', leavingDate: '2026-06-30' })).toEqual({
      basis: 'days-employed',
      numerator: 181,
      denominator: 365,
    });
  });

  it('gives someone who starts and leaves in the same year the days employed', () => {
    expect(leaveYearShare({ leaveYearStart: '2024-01-01', startDate: '2024-03-01', leavingDate: '2024-08-31' })).toEqual({
      basis: 'days-employed',
      numerator: 184,
      denominator: 366,
    });
  });
});
