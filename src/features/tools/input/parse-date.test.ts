import { describe, expect, it } from 'vitest';
import { isoToDateParts, parseDateParts } from './parse-date';

const parse = (day: string, month: string, year: string) => parseDateParts({ day, month, year });

describe('parseDateParts', () => {
  it('reads a date typed in three boxes', () => {
    expect(parse('1', '4', '2026')).toEqual({ ok: true, date: '2026-04-01' });
    expect(parse('01', '04', '2026')).toEqual({ ok: true, date: '2026-04-01' });
    expect(parse(' 29 ', '2', '2024')).toEqual({ ok: true, date: '2024-02-29' });
  });

  it('asks for the date when every box is empty', () => {
    expect(parse('', ' ', '')).toMatchObject({ ok: false, problem: 'required', parts: ['day', 'month', 'year'] });
    expect(parseDateParts(undefined)).toMatchObject({ ok: false, problem: 'required' });
  });

  it('names the boxes still empty', () => {
    expect(parse('', '4', '2026')).toMatchObject({ problem: 'missing-day', parts: ['day'] });
    expect(parse('1', '', '2026')).toMatchObject({ problem: 'missing-month', parts: ['month'] });
    expect(parse('1', '4', '')).toMatchObject({ problem: 'missing-year', parts: ['year'] });
    expect(parse('', '', '2026')).toMatchObject({ problem: 'missing-day-month', parts: ['day', 'month'] });
    expect(parse('', '4', '')).toMatchObject({ problem: 'missing-day-year', parts: ['day', 'year'] });
    expect(parse('1', '', '')).toMatchObject({ problem: 'missing-month-year', parts: ['month', 'year'] });
  });

  it('refuses letters and signs, pointing at the box', () => {
    expect(parse('1st', '4', '2026')).toMatchObject({ problem: 'not-a-number', parts: ['day'] });
    expect(parse('1', 'April', '2026')).toMatchObject({ problem: 'not-a-number', parts: ['month'] });
    expect(parse('1', '4', '-2026')).toMatchObject({ problem: 'not-a-number', parts: ['year'] });
    expect(parse('1.5', '4', '2026')).toMatchObject({ problem: 'not-a-number', parts: ['day'] });
  });

  it('wants a four-digit year', () => {
    expect(parse('1', '4', '26')).toMatchObject({ problem: 'year-four-digits', parts: ['year'] });
    expect(parse('1', '4', '20266')).toMatchObject({ problem: 'year-four-digits', parts: ['year'] });
  });

  it.each([
    ['31', '2', '2026', ['day', 'month']],
    ['29', '2', '2025', ['day', 'month']],
    ['31', '4', '2026', ['day', 'month']],
    ['0', '4', '2026', ['day']],
    ['32', '1', '2026', ['day']],
    ['1', '13', '2026', ['month']],
    ['1', '0', '2026', ['month']],
    ['001', '4', '2026', ['day', 'month']],
  ])('refuses the impossible date %s/%s/%s instead of rolling it over', (day, month, year, parts) => {
    expect(parse(day, month, year)).toEqual({ ok: false, problem: 'not-a-date', parts });
  });

  it('fills the boxes back from an ISO date', () => {
    expect(isoToDateParts('2026-04-01')).toEqual({ day: '1', month: '4', year: '2026' });
  });
});
