import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMoney, penceToInput } from './parse-money';

const pence = (text: string) => {
  const result = parseMoney(text);
  return result.ok ? result.pence : result.problem;
};

describe('parseMoney', () => {
  it.each([
    ['1234', 123_400],
    ['1234.5', 123_450],
    ['1234.50', 123_450],
    ['£1,234.50', 123_450],
    ['£ 1,234.50', 123_450],
    ['  500  ', 50_000],
    ['0', 0],
    ['0.01', 1],
    ['.5', 50],
    ['12,50', 1250],
    ['12,5', 1250],
    ['1 234,50', 123_450],
    ['1 234 567', 123_456_700],
    ['1\u00A0234.50', 123_450],
    ['1,234,567.89', 123_456_789],
    ['50p', 50],
    ['£12.00', 1200],
    ['12 GBP', 1200],
    ['０１２．５０', 1250],
    ['007', 700],
    ['-0', 0],
  ])('reads %j as %d pence', (text, expected) => {
    expect(pence(text)).toBe(expected);
  });

  it('treats three digits after a comma as thousands, never as pence', () => {
    expect(pence('1,234')).toBe(123_400);
  });

  it.each(['', '   ', '\t'])('asks for an amount when nothing is typed (%j)', (text) => {
    expect(pence(text)).toBe('required');
  });

  it.each(['abc', '12a', '£', '£.', '.', '1.2.3', '12,345,67', '1,23,456', '1.234,50', '12..5', '12.5p', 'ten pounds', 'NaN', 'Infinity', '1e3', '0x10', '£12 50p', '12 50', '1 2345', '+-5', '12-'])(
    'refuses %j as not money',
    (text) => {
      expect(pence(text)).toBe('not-money');
    },
  );

  it.each(['12.345', '0.001', '1,234.567', '12.500'])('refuses more than two decimal places in %j', (text) => {
    expect(pence(text)).toBe('too-many-decimals');
  });

  it.each(['-5', '−5', '-£5', '£-5', '- 12.50', '–3'])('refuses negative amounts such as %j', (text) => {
    expect(pence(text)).toBe('negative');
  });

  it('refuses amounts above the limit, however many digits', () => {
    expect(pence('10000000.01')).toBe('too-large');
    expect(pence('99999999999999999999999')).toBe('too-large');
    expect(parseMoney('101', { maxPence: 10_000 })).toEqual({ ok: false, problem: 'too-large' });
    expect(parseMoney('100', { maxPence: 10_000 })).toEqual({ ok: true, pence: 10_000 });
  });

  it('always returns whole pence or a reason, never NaN or an exception', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseMoney(text);
        if (result.ok) expect(Number.isSafeInteger(result.pence) && result.pence >= 0).toBe(true);
        else expect(['required', 'not-money', 'too-many-decimals', 'negative', 'too-large']).toContain(result.problem);
      }),
    );
  });

  it('reads back what penceToInput writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (value) => {
        expect(parseMoney(penceToInput(value))).toEqual({ ok: true, pence: value });
      }),
    );
    expect(penceToInput(123_450)).toBe('1234.50');
    expect(penceToInput(500)).toBe('5');
  });
});
