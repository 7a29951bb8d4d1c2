import type { ToolContext } from '../flow/tool-definition';

/** Whole minutes as "210 hours" or "104 hours 9 minutes", in the reader's language. */
export function durationText(totalMinutes: number, { t, fmt }: Pick<ToolContext, 't' | 'fmt'>): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const hoursText = t('tools.units.hours', { count: hours, hours: fmt.number(hours, 0) });
  if (rest === 0) return hoursText;
  const minutesText = t('tools.units.minutes', { count: rest, minutes: fmt.number(rest, 0) });
  return hours === 0 ? minutesText : t('tools.units.hoursAndMinutes', { hours: hoursText, minutes: minutesText });
}
