/** An ISO date (YYYY-MM-DD) in the reader's language, e.g. "10 March 2026". */
export function formatDate(iso: string, localeTag: string, style: 'long' | 'medium' = 'long'): string {
  const time = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(localeTag, { dateStyle: style, timeZone: 'UTC' }).format(time);
}
