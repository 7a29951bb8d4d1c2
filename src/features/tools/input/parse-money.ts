import { normaliseNumberText, splitDecimal, splitSign, trimZeros, withoutGroupSpaces } from './text-number';

export type MoneyProblem = 'required' | 'not-money' | 'too-many-decimals' | 'negative' | 'too-large';

export type MoneyParse = { ok: true; pence: number } | { ok: false; problem: MoneyProblem };

/** £10 million: far above any pay or cost these tools deal with, and well inside exact integers. */
export const DEFAULT_MAX_PENCE = 1_000_000_000;

/**
 * Money typed in pounds ("£1,234.50", "1234.5", "1234", "12,50", "50p") as integer pence.
 * Never throws and never returns NaN: anything that is not clearly an amount of money gets a
 * reason the form can turn into a message. Works on the digit strings, so no floating point is
 * involved and 0.1 + 0.2 problems cannot occur.
 */
export function parseMoney(text: string, { maxPence = DEFAULT_MAX_PENCE } = {}): MoneyParse {
  let s = withoutGroupSpaces(normaliseNumberText(text));
  if (s === '') return { ok: false, problem: 'required' };

  const outer = splitSign(s);
  s = outer.rest.replace(/^£\s*/, '').replace(/^GBP\s*/i, '').replace(/\s*GBP$/i, '');
  // "£-5" as well as "-£5".
  const inner = splitSign(s);
  s = inner.rest;
  const negative = outer.negative || inner.negative;

  let pence: number;
  const pennies = /^(\d+)\s*p$/i.exec(s);
  if (pennies) {
    if (pennies[1]!.length > 12) return { ok: false, problem: 'too-large' };
    pence = Number(pennies[1]);
  } else {
    const parts = splitDecimal(s);
    if (!parts) return { ok: false, problem: 'not-money' };
    if (parts.fraction.length > 2) return { ok: false, problem: 'too-many-decimals' };
    const pounds = trimZeros(parts.whole);
    // Checked on the digits before any arithmetic, so an absurdly long number cannot lose precision.
    if (pounds.length > 12) return { ok: false, problem: 'too-large' };
    pence = Number(pounds) * 100 + Number(parts.fraction.padEnd(2, '0'));
  }
  if (negative && pence !== 0) return { ok: false, problem: 'negative' };
  if (pence > maxPence) return { ok: false, problem: 'too-large' };
  return { ok: true, pence };
}

/** Pence back into the plain form the parser accepts ("1234.50"), for filling a field. */
export function penceToInput(pence: number): string {
  const pounds = Math.floor(pence / 100);
  const rest = pence % 100;
  return rest === 0 ? String(pounds) : `${pounds}.${String(rest).padStart(2, '0')}`;
}
