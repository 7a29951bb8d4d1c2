/**
 * Durations typed as minutes ("45") or hours and minutes ("1:30", "1h30"). Whole minutes only:
 * diaries record time to the minute, and the minimum wage check takes hours and minutes.
 */
export type DurationParse = { ok: true; minutes: number } | { ok: false; problem: 'not-a-duration' | 'too-large' };

export function parseDuration(text: string, maxMinutes: number): DurationParse {
  const value = text.normalize('NFKC').trim().toLowerCase();
  if (value === '') return { ok: true, minutes: 0 };
  let minutes: number;
  const clock = /^(\d{1,3})\s*(?::|h)\s*(\d{1,2})?\s*m?$/.exec(value);
  if (clock) {
    const extra = Number(clock[2] ?? '0');
    if (extra >= 60) return { ok: false, problem: 'not-a-duration' };
    minutes = Number(clock[1]) * 60 + extra;
  } else if (/^\d{1,5}$/.test(value)) {
    minutes = Number(value);
  } else {
    return { ok: false, problem: 'not-a-duration' };
  }
  return minutes > maxMinutes ? { ok: false, problem: 'too-large' } : { ok: true, minutes };
}

/** Minutes back into the box: "45" under an hour, "1:30" from an hour up. */
export function durationToInput(minutes: number): string {
  if (minutes === 0) return '';
  if (minutes < 60) return String(minutes);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Money typed in pounds ("1,234.50", "£900", "900.5") as integer pence, without floating point. */
export type MoneyParse = { ok: true; pence: number } | { ok: false; problem: 'not-money' | 'too-large' };

export const MAX_PAYSLIP_PENCE = 10_000_000_00;

export function parsePounds(text: string, { allowBlank = false } = {}): MoneyParse | { ok: false; problem: 'required' } {
  const value = text.normalize('NFKC').trim().replace(/^£\s*/, '').replace(/,(?=\d{3}(\D|$))/g, '');
  if (value === '') return allowBlank ? { ok: true, pence: 0 } : { ok: false, problem: 'required' };
  // A decimal comma ("1250,50") is how many readers write pence; a comma before three digits groups thousands.
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(value);
  if (!match) return { ok: false, problem: 'not-money' };
  const pence = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return pence > MAX_PAYSLIP_PENCE ? { ok: false, problem: 'too-large' } : { ok: true, pence };
}

/** Pence back into the box: "1234.50", or "1234" for whole pounds. */
export function penceToInput(pence: number): string {
  const pounds = Math.floor(pence / 100);
  const rest = pence % 100;
  return rest === 0 ? String(pounds) : `${pounds}.${String(rest).padStart(2, '0')}`;
}

/** Hours typed as "7.5", "7,5" or "7:30" (holiday is counted in hours): whole minutes. */
export function parseHoursText(text: string, maxMinutes: number): DurationParse | { ok: false; problem: 'required' } {
  const value = text.normalize('NFKC').trim().toLowerCase().replace(/\s*(h|hrs?|hours?)$/, '');
  if (value === '') return { ok: false, problem: 'required' };
  let minutes: number;
  const clock = /^(\d{1,4}):(\d{2})$/.exec(value);
  const decimal = /^(\d{1,4})(?:[.,](\d{1,2}))?$/.exec(value);
  if (clock) {
    if (Number(clock[2]) >= 60) return { ok: false, problem: 'not-a-duration' };
    minutes = Number(clock[1]) * 60 + Number(clock[2]);
  } else if (decimal) {
    const hundredths = Number(decimal[1]) * 100 + Number((decimal[2] ?? '').padEnd(2, '0'));
    minutes = Math.round((hundredths * 60) / 100);
  } else {
    return { ok: false, problem: 'not-a-duration' };
  }
  return minutes > maxMinutes ? { ok: false, problem: 'too-large' } : { ok: true, minutes };
}

/** Minutes back into an hours box: "7.5" style when exact, else "7:20". */
export function minutesToHoursInput(minutes: number): string {
  if (minutes % 30 === 0) return String(minutes / 60);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
