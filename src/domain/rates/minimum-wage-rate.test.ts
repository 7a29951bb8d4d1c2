import { describe, expect, it } from 'vitest';
import { ageOn } from '../shared/iso-date';
import { accommodationOffsetOn, minimumWageRateFor } from './minimum-wage-rate';

function bandOn(date: string, age: number, apprentice?: { inFirstYear: boolean }) {
  const rate = minimumWageRateFor(apprentice ? { date, age, apprentice } : { date, age });
  return rate.ok ? [rate.band, rate.pencePerHour] : rate.reason;
}

describe('minimumWageRateFor: refusals', () => {
  it('refuses dates before the table starts on 1 October 2015', () => {
    expect(bandOn('2015-09-30', 30)).toBe('before-table');
    expect(bandOn('2015-09-30', 17)).toBe('before-table');
    expect(bandOn('2015-09-30', 17, { inFirstYear: true })).toBe('before-table');
    expect(bandOn('2015-10-01', 30)).toEqual(['21_and_over', 670]);
  });
  it('refuses workers under 16 (below the minimum wage age)', () => {
    expect(bandOn('2026-04-01', 15)).toBe('under-minimum-age');
    expect(bandOn('2026-04-01', 15, { inFirstYear: true })).toBe('under-minimum-age');
    expect(bandOn('2026-04-01', Number.NaN)).toBe('under-minimum-age');
    expect(bandOn('2026-04-01', 16)).toEqual(['16_to_17', 800]);
  });
  it('refuses dates that are not real ISO dates', () => {
    expect(bandOn('2026-02-29', 30)).toBe('invalid-date');
    expect(bandOn('01/04/2026', 30)).toBe('invalid-date');
  });
});

describe('minimumWageRateFor: the adult rate before the National Living Wage (Oct 2015 – Mar 2016)', () => {
  it.each([
    [16, '16_to_17', 387],
    [17, '16_to_17', 387],
    [18, '18_to_20', 530],
    [20, '18_to_20', 530],
    [21, '21_and_over', 670],
    [24, '21_and_over', 670],
    [25, '21_and_over', 670],
    [60, '21_and_over', 670],
  ])('age %i on 31 March 2016 → %s at %ip', (age, band, pence) => {
    expect(bandOn('2016-03-31', age)).toEqual([band, pence]);
  });
});

describe('minimumWageRateFor: National Living Wage for 25 and over (Apr 2016 – Mar 2021)', () => {
  it.each([
    ['2016-04-01', 17, '16_to_17', 387],
    ['2016-04-01', 18, '18_to_20', 530],
    ['2016-04-01', 20, '18_to_20', 530],
    ['2016-04-01', 21, '21_to_24', 670],
    ['2016-04-01', 24, '21_to_24', 670],
    ['2016-04-01', 25, '25_and_over', 720],
    ['2016-09-30', 22, '21_to_24', 670],
    ['2016-10-01', 22, '21_to_24', 695],
    ['2016-09-30', 19, '18_to_20', 530],
    ['2016-10-01', 19, '18_to_20', 555],
    ['2021-03-31', 23, '21_to_24', 820],
    ['2021-03-31', 24, '21_to_24', 820],
    ['2021-03-31', 25, '25_and_over', 872],
  ])('%s, age %i → %s at %ip', (date, age, band, pence) => {
    expect(bandOn(date, age)).toEqual([band, pence]);
  });
});

describe('minimumWageRateFor: National Living Wage for 23 and over (Apr 2021 – Mar 2024)', () => {
  it.each([
    ['2021-04-01', 20, '18_to_20', 656],
    ['2021-04-01', 21, '21_to_22', 836],
    ['2021-04-01', 22, '21_to_22', 836],
    ['2021-04-01', 23, '23_and_over', 891],
    ['2021-04-01', 24, '23_and_over', 891],
    ['2021-04-01', 25, '23_and_over', 891],
    ['2024-03-31', 21, '21_to_22', 1018],
    ['2024-03-31', 22, '21_to_22', 1018],
    ['2024-03-31', 23, '23_and_over', 1042],
  ])('%s, age %i → %s at %ip', (date, age, band, pence) => {
    expect(bandOn(date, age)).toEqual([band, pence]);
  });
});

describe('minimumWageRateFor: National Living Wage for 21 and over (from Apr 2024)', () => {
  it.each([
    ['2024-04-01', 20, '18_to_20', 860],
    ['2024-04-01', 21, '21_and_over', 1144],
    ['2024-04-01', 22, '21_and_over', 1144],
    ['2025-03-31', 21, '21_and_over', 1144],
    ['2025-04-01', 21, '21_and_over', 1221],
    ['2026-03-31', 17, '16_to_17', 755],
    ['2026-04-01', 15.9, undefined, undefined],
    ['2026-04-01', 17, '16_to_17', 800],
    ['2026-04-01', 18, '18_to_20', 1085],
    ['2026-04-01', 20, '18_to_20', 1085],
    ['2026-04-01', 21, '21_and_over', 1271],
    ['2026-04-01', 23, '21_and_over', 1271],
    ['2026-04-01', 25, '21_and_over', 1271],
    ['2030-01-01', 40, '21_and_over', 1271],
  ])('%s, age %s → %s at %sp', (date, age, band, pence) => {
    const rate = minimumWageRateFor({ date, age });
    if (band === undefined) expect(rate).toEqual({ ok: false, reason: 'under-minimum-age' });
    else expect(rate).toMatchObject({ ok: true, band, pencePerHour: pence });
  });

  it('counts age in whole years, so 24 and a half is still 24', () => {
    expect(bandOn('2016-04-01', 24.5)).toEqual(['21_to_24', 670]);
    expect(bandOn('2021-04-01', 22.99)).toEqual(['21_to_22', 836]);
  });

  it('returns the row dates and its official source', () => {
    expect(minimumWageRateFor({ date: '2026-05-15', age: 30 })).toEqual({
      ok: true,
      band: '21_and_over',
      pencePerHour: 1271,
      from: '2026-04-01',
      to: null,
      source: 'https://www.gov.uk/government/news/lpc-recommendations-take-the-national-living-wage-to-1271',
    });
    expect(minimumWageRateFor({ date: '2022-06-01', age: 30 })).toEqual({
      ok: true,
      band: '23_and_over',
      pencePerHour: 950,
      from: '2022-04-01',
      to: '2023-03-31',
      source: 'https://www.gov.uk/national-minimum-wage-rates',
    });
  });
});

describe('minimumWageRateFor: apprentices', () => {
  it('gives apprentices under 19 the apprentice rate in any year of the apprenticeship', () => {
    expect(bandOn('2026-04-01', 16, { inFirstYear: false })).toEqual(['apprentice', 800]);
    expect(bandOn('2026-04-01', 18, { inFirstYear: false })).toEqual(['apprentice', 800]);
    expect(bandOn('2026-04-01', 18, { inFirstYear: true })).toEqual(['apprentice', 800]);
  });
  it('gives apprentices of 19 or over the apprentice rate only in their first year', () => {
    expect(bandOn('2026-04-01', 19, { inFirstYear: true })).toEqual(['apprentice', 800]);
    expect(bandOn('2026-04-01', 35, { inFirstYear: true })).toEqual(['apprentice', 800]);
    expect(bandOn('2026-04-01', 19, { inFirstYear: false })).toEqual(['18_to_20', 1085]);
    expect(bandOn('2026-04-01', 21, { inFirstYear: false })).toEqual(['21_and_over', 1271]);
  });
  it('uses the apprentice rate in force on the date', () => {
    expect(bandOn('2015-10-01', 17, { inFirstYear: true })).toEqual(['apprentice', 330]);
    expect(bandOn('2016-09-30', 20, { inFirstYear: true })).toEqual(['apprentice', 330]);
    expect(bandOn('2016-10-01', 20, { inFirstYear: true })).toEqual(['apprentice', 340]);
    expect(bandOn('2026-03-31', 17, { inFirstYear: false })).toEqual(['apprentice', 755]);
  });
  it('treats non-apprentices the same whether the flag is absent or not given', () => {
    expect(bandOn('2026-04-01', 17)).toEqual(['16_to_17', 800]);
  });
});

describe('minimumWageRateFor with ages from dates of birth', () => {
  it('moves a worker up a band on the birthday itself, not the day before', () => {
    const dob = '2005-06-15';
    expect(bandOn('2026-06-14', ageOn(dob, '2026-06-14'))).toEqual(['18_to_20', 1085]);
    expect(bandOn('2026-06-15', ageOn(dob, '2026-06-15'))).toEqual(['21_and_over', 1271]);
  });
  it('treats someone born on 29 February as turning 21 on 1 March in a non-leap year', () => {
    const dob = '2004-02-29';
    expect(ageOn(dob, '2025-02-28')).toBe(20);
    expect(bandOn('2025-02-28', ageOn(dob, '2025-02-28'))).toEqual(['18_to_20', 860]);
    expect(bandOn('2025-03-01', ageOn(dob, '2025-03-01'))).toEqual(['21_and_over', 1144]);
  });
  it('treats someone born on 29 February as turning 16 on 29 February in a leap year', () => {
    const dob = '2012-02-29';
    expect(bandOn('2028-02-28', ageOn(dob, '2028-02-28'))).toBe('under-minimum-age');
    expect(bandOn('2028-02-29', ageOn(dob, '2028-02-29'))).toEqual(['16_to_17', 800]);
  });
});

describe('accommodationOffsetOn', () => {
  it('gives the daily and weekly offsets (weekly = 7 × daily, NMWM03080)', () => {
    expect(accommodationOffsetOn('2026-04-01')).toEqual({
      dailyPence: 1110,
      weeklyPence: 7770,
      from: '2026-04-01',
      to: null,
      source: 'https://www.gov.uk/government/news/lpc-recommendations-take-the-national-living-wage-to-1271',
    });
    expect(accommodationOffsetOn('2026-03-31')).toMatchObject({ dailyPence: 1066, weeklyPence: 7462 });
    expect(accommodationOffsetOn('2022-04-01')).toMatchObject({ dailyPence: 870, weeklyPence: 6090 });
    expect(accommodationOffsetOn('2016-09-30')).toMatchObject({ dailyPence: 535, weeklyPence: 3745 });
    expect(accommodationOffsetOn('2016-10-01')).toMatchObject({ dailyPence: 600, weeklyPence: 4200 });
  });
  it('has no offset before October 2015 or for an invalid date', () => {
    expect(accommodationOffsetOn('2015-09-30')).toBeUndefined();
    expect(accommodationOffsetOn('2026-13-01')).toBeUndefined();
  });
});
