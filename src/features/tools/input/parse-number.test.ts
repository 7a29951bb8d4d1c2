import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number';

const whole = (text: string, max = 1000) => {
  const result = parseNumber(text, { max });
  return result.ok ? result.value : result.problem;
};
const decimal = (text: string, decimals = 2, max = 1000) => {
  const result = parseNumber(text, { max, decimals });
  return result.ok ? result.value : result.problem;
};

describe('parseNumber', () => {
  it.each([
    ['30', 30],
    [' 30 ', 30],
    ['030', 30],
    ['0', 0],
    ['30.0', 30],
    ['1,000', 1000],
  ])('reads the whole number %j', (text, expected) => {
    expect(whole(text)).toBe(expected);
  });

  it.each([
    ['52.14', 52.14],
    ['2,5', 2.5],
    ['2.50', 2.5],
    ['.5', 0.5],
  ])('reads the decimal %j', (text, expected) => {
    expect(decimal(text)).toBe(expected);
  });

  it('gives each problem its own reason', () => {
    expect(whole('')).toBe('required');
    expect(whole('thirty')).toBe('not-a-number');
    expect(whole('3O')).toBe('not-a-number');
    expect(whole('1/2')).toBe('not-a-number');
    expect(whole('30.5')).toBe('not-whole');
    expect(whole('-1')).toBe('negative');
    expect(whole('1001')).toBe('too-large');
    expect(whole('9999999999999999999')).toBe('too-large');
    expect(decimal('2.555')).toBe('too-many-decimals');
    expect(decimal('-0.5')).toBe('negative');
  });

  it('never returns NaN or throws', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 3 }), (text, decimals) => {
        const result = parseNumber(text, { max: 1e6, decimals });
        if (result.ok) expect(Number.isFinite(result.value) && result.value >= 0).toBe(true);
      }),
    );
  });
});
