/**
 * Turns a rate row into words for the reader's locale. Placeholders are resolved when a page is
 * shown, with today's date, so a new rate appears everywhere on the day it takes effect.
 */
import { rateOn, type RateRow } from '../domain/rates';
import { todayInUk } from '../domain/shared/iso-date';

export function formatPence(pence: number, localeTag: string): string {
  const whole = pence % 100 === 0;
  return new Intl.NumberFormat(localeTag, {
    style: 'currency',
    currency: 'GBP',
    // "£12.71" in every language: some locales would otherwise write "12,71 GBP".
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(pence / 100);
}

export function formatRateRow(row: RateRow, localeTag: string): string {
  switch (row.unit) {
    case 'pence':
      return formatPence(row.value, localeTag);
    case 'basisPoints':
      return new Intl.NumberFormat(localeTag, { style: 'percent', maximumFractionDigits: 2 }).format(row.value / 10_000);
    case 'count': {
      const decimals = row.decimals ?? 0;
      return new Intl.NumberFormat(localeTag, { maximumFractionDigits: decimals }).format(row.value / 10 ** decimals);
    }
  }
}

/** The figure for `key` in force on `date` (today by default), or undefined outside the table. */
export function formatRate(key: string, localeTag: string, date: string = todayInUk()): string | undefined {
  const row = rateOn(key, date);
  return row ? formatRateRow(row, localeTag) : undefined;
}
