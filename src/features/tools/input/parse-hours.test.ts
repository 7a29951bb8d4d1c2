import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHours } from './parse-hours';

const read = (text: string) => {
  const result = parseHours(text);
  return result.ok ? [result.hours, result.minutes] : result.problem;
};

describe('parseHours', () => {
  it.each([
    ['40', 40, 2400],
    ['7.5', 7.5, 450],
    ['7,5', 7.5, 450],
    ['7.25', 7.25, 435],
    ['.5', 0.5, 30],
    ['0', 0, 0],
    ['7:30', 7.5, 450],
    ['0:45', 0.75, 45],
    ['12:05', 12 + 5 / 60, 725],
    ['7h30', 7.5, 450],
    ['7h 30m', 7.5, 450],
    ['7 hours 30 minutes', 7.5, 450],
    ['3h', 3, 180],
    ['  8  ', 8, 480],
    ['0.01', 0.01, 1],
    ['1,000', 1000, 60_000],
  ])('reads %j as %d hours (%d minutes)', (text, hours, minutes) => {
    expect(read(text)).toEqual([hours, minutes]);
  });

  it('keeps 7:20 exact rather than rounding it to two decimals', () => {
    const result = parseHours('7:20');
    expect(result).toEqual({ ok: true, hours: 7 + 20 / 60, minutes: 440 });
  });

  it.each(['', '  '])('asks for hours when nothing is typed (%j)', (text) => {
    expect(read(text)).toBe('required');
  });

  it.each(['abc', 'seven', '7:', ':30', '7:3', '7:300', '7:30:00', '7.5.1', 'h', '1e2', 'NaN', '7 30', '£7', '7:30pm'])(
    'refuses %j as not hours',
    (text) => {
      expect(read(text)).toBe('not-hours');
    },
  );

  it.each(['7:60', '1:99', '2h75'])('refuses minutes of 60 or more in %j', (text) => {
    expect(read(text)).toBe('minutes-too-large');
  });

  it.each(['7.333', '0.125'])('refuses more than two decimal places in %j', (text) => {
    expect(read(text)).toBe('too-many-decimals');
  });

  it.each(['-1', '−7:30', '-0.5'])('refuses negative hours such as %j', (text) => {
    expect(read(text)).toBe('negative');
  });

  it('refuses more hours than the limit', () => {
    expect(read('10001')).toBe('too-large');
    expect(read('123456789012')).toBe('too-large');
    expect(parseHours('169', { maxHours: 168 })).toEqual({ ok: false, problem: 'too-large' });
  });

  it('never returns NaN or throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseHours(text);
        if (result.ok) {
          expect(Number.isFinite(result.hours) && result.hours >= 0).toBe(true);
          expect(Number.isInteger(result.minutes)).toBe(true);
        }
      }),
    );
  });
});
