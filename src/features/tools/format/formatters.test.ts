import { describe, expect, it } from 'vitest';
import { createFormatters } from './formatters';

describe('createFormatters', () => {
  const en = createFormatters('en-GB');

  it('shows money in pounds, with pence only when there are some', () => {
    expect(en.money(50_000)).toBe('£500');
    expect(en.money(7195)).toBe('£71.95');
    expect(en.moneyExact(50_000)).toBe('£500.00');
    expect(en.money(123_456_78)).toBe('£123,456.78');
  });

  it('shows dates in words for the reader', () => {
    expect(en.date('2026-04-01')).toBe('1 April 2026');
    expect(createFormatters('cy-GB').date('2026-04-01')).toMatch(/2026/);
    expect(en.date('not a date')).toBe('not a date');
  });

  it('rounds numbers and percentages for reading', () => {
    expect(en.number(45)).toBe('45');
    expect(en.number(7 + 1 / 3)).toBe('7.33');
    expect(en.number(1234.5)).toBe('1,234.5');
    expect(en.percent(1207)).toBe('12.07%');
  });

  it('isolates figures in right-to-left languages so they keep their order', () => {
    const rtl = createFormatters('ar', 'rtl');
    // Left-to-right isolates: Arabic money starts with a right-to-left mark that a first-strong
    // isolate would take as the figure's direction, scrambling it.
    expect(rtl.money(1271)).toMatch(/^\u2066.*\u2069$/);
    expect(rtl.number(7.5)).toMatch(/^\u2066.*\u2069$/);
    expect(rtl.date('2026-04-01')).toMatch(/^\u2068.*\u2069$/);
    expect(en.money(1271)).not.toMatch(/[\u2066\u2068]/);
  });
});
