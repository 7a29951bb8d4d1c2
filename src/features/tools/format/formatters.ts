import { formatPence } from '../../../content/format-rate';
import { isIsoDate, type IsoDate } from '../../../domain/shared/iso-date';

/** Numbers, money and dates in the reader's language, always as in the UK (money in pounds). */
export interface Formatters {
  money: (pence: number) => string;
  /** Money always with pence shown ("£500.00"), for amounts in workings and letters. */
  moneyExact: (pence: number) => string;
  number: (value: number, maxDecimals?: number) => string;
  /** A percentage held as basis points (1207 = 12.07%). */
  percent: (basisPoints: number) => string;
  date: (iso: IsoDate) => string;
}

// Left-to-right isolates, so "£12.71" keeps its order inside right-to-left sentences. Not a
// first-strong isolate: Arabic number formats begin with a right-to-left mark, which would make
// the figure itself right-to-left. Only added for right-to-left languages, where they are needed.
const isolateLtr = (text: string) => `\u2066${text}\u2069`;
const isolate = (text: string) => `\u2068${text}\u2069`;

export function createFormatters(localeTag: string, dir: 'ltr' | 'rtl' = 'ltr'): Formatters {
  const wrap = dir === 'rtl' ? isolate : (text: string) => text;
  const wrapLtr = dir === 'rtl' ? isolateLtr : (text: string) => text;
  const exact = new Intl.NumberFormat(localeTag, { style: 'currency', currency: 'GBP', currencyDisplay: 'narrowSymbol', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const dates = new Intl.DateTimeFormat(localeTag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const percent = new Intl.NumberFormat(localeTag, { style: 'percent', maximumFractionDigits: 2 });
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (maxDecimals: number) => {
    let format = numberFormats.get(maxDecimals);
    if (!format) {
      format = new Intl.NumberFormat(localeTag, { maximumFractionDigits: maxDecimals });
      numberFormats.set(maxDecimals, format);
    }
    return format;
  };
  return {
    money: (pence) => wrapLtr(formatPence(pence, localeTag)),
    moneyExact: (pence) => wrapLtr(exact.format(pence / 100)),
    number: (value, maxDecimals = 2) => wrapLtr(numberFormat(maxDecimals).format(value)),
    percent: (basisPoints) => wrapLtr(percent.format(basisPoints / 10_000)),
    date: (iso) => (isIsoDate(iso) ? wrap(dates.format(new Date(`${iso}T00:00:00Z`))) : iso),
  };
}
