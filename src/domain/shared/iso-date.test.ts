import { describe, expect, it } from 'vitest';
import { addDays, ageOn, compareDates, dayOfWeek, daysBetween, isIsoDate, isWithin, todayInUk } from './iso-date';

describe('iso dates', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-01-01')).toBe(false);
    expect(isIsoDate(20260101)).toBe(false);
  });
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });
  it('counts days between dates', () => {
    expect(daysBetween('2026-04-01', '2026-04-30')).toBe(29);
    expect(daysBetween('2026-04-30', '2026-04-01')).toBe(-29);
    expect(() => daysBetween('nope', '2026-04-01')).toThrow(RangeError);
  });
  it('compares and tests ranges', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-01')).toBe(1);
    expect(compareDates('2026-01-01', '2026-01-01')).toBe(0);
    expect(isWithin('2026-04-01', '2026-04-01', null)).toBe(true);
    expect(isWithin('2026-03-31', '2026-04-01', null)).toBe(false);
    expect(isWithin('2026-05-01', '2026-04-01', '2026-04-30')).toBe(false);
  });
  it('works out age on a date, including the day before a birthday and leap-day births', () => {
    expect(ageOn('2005-04-01', '2026-03-31')).toBe(20);
    expect(ageOn('2005-04-01', '2026-04-01')).toBe(21);
    expect(ageOn('2004-02-29', '2025-02-28')).toBe(20);
    expect(ageOn('2004-02-29', '2025-03-01')).toBe(21);
  });
  it('knows the day of the week and the UK date', () => {
    expect(dayOfWeek('2026-11-23')).toBe(1);
    expect(todayInUk(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayInUk(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
