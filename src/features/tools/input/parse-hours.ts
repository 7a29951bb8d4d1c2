import { normaliseNumberText, splitDecimal, splitSign, trimZeros } from './text-number';

export type HoursProblem = 'required' | 'not-hours' | 'minutes-too-large' | 'too-many-decimals' | 'negative' | 'too-large';

export type HoursParse = { ok: true; hours: number; minutes: number } | { ok: false; problem: HoursProblem };

/** Far more hours than any period these tools take; the calculators apply the real limits. */
export const DEFAULT_MAX_HOURS = 10_000;

/**
 * Hours typed as a decimal ("7.5", "7,5", "40") or as hours and minutes ("7:30", "0:45", "7h30").
 * `hours` is the exact value (7:20 → 7⅓); `minutes` is the nearest whole minute, for calculators
 * that count in minutes. Decimals may have at most two places: anything finer is almost always a
 * conversion from minutes that is better typed as h:mm.
 */
export function parseHours(text: string, { maxHours = DEFAULT_MAX_HOURS } = {}): HoursParse {
  const s = normaliseNumberText(text);
  if (s === '') return { ok: false, problem: 'required' };
  const { negative, rest } = splitSign(s);

  let hours: number;
  let minutes: number;
  const clock = /^(\d+)\s*(?::|h|hrs?|hours?)\s*(\d{2})?\s*(?:m|mins?|minutes?)?$/i.exec(rest);
  if (clock && (clock[2] !== undefined || !/:/.test(rest))) {
    const wholeHours = trimZeros(clock[1]!);
    if (wholeHours.length > 7) return { ok: false, problem: 'too-large' };
    const extra = Number(clock[2] ?? '0');
    if (extra >= 60) return { ok: false, problem: 'minutes-too-large' };
    minutes = Number(wholeHours) * 60 + extra;
    hours = minutes / 60;
  } else {
    const parts = splitDecimal(rest);
    if (!parts) return { ok: false, problem: 'not-hours' };
    if (parts.fraction.length > 2) return { ok: false, problem: 'too-many-decimals' };
    const whole = trimZeros(parts.whole);
    if (whole.length > 7) return { ok: false, problem: 'too-large' };
    const hundredths = Number(whole) * 100 + Number(parts.fraction.padEnd(2, '0'));
    hours = hundredths / 100;
    // Hundredths × 0.6 minutes, rounded half up in integers.
    minutes = Math.floor((hundredths * 6 + 5) / 10);
  }
  if (negative && minutes + hours !== 0) return { ok: false, problem: 'negative' };
  if (hours > maxHours) return { ok: false, problem: 'too-large' };
  return { ok: true, hours, minutes };
}
