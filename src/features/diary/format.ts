import type { TFunction } from 'i18next';

/** An ISO date (YYYY-MM-DD) in the reader's language. */
export function formatDate(iso: string, localeTag: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const time = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(localeTag, { ...options, timeZone: 'UTC' }).format(time);
}

/** A duration in words, e.g. "7 hours 30 minutes", with numbers in the reader's digits. */
export function formatMinutes(t: TFunction, minutes: number, localeTag: string): string {
  const number = new Intl.NumberFormat(localeTag);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('diary.units.minutes', { count: rest, value: number.format(rest) });
  if (rest === 0) return t('diary.units.hours', { count: hours, value: number.format(hours) });
  return t('diary.units.hoursMinutes', { hours: t('diary.units.hours', { count: hours, value: number.format(hours) }), minutes: t('diary.units.minutes', { count: rest, value: number.format(rest) }) });
}
