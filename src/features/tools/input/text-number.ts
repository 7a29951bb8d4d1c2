/**
 * Shared clean-up for numbers people type: full-width digits and odd spaces become plain ones,
 * and a minus sign in any of its forms is recognised, so the parsers below only see ASCII.
 */
const MINUS = /^[-\u2212\u2012\u2013\u2014\uFE63\uFF0D]/;
const SPACES = /[\s\u00A0\u2007\u202F]+/g;

export function normaliseNumberText(text: string): string {
  return text.normalize('NFKC').trim();
}

/**
 * Removes a space that groups thousands ("1 234,50" → "1234,50": a digit before it and exactly
 * three after it); any other space stays, so "12 50" is not read as 1250.
 */
export function withoutGroupSpaces(text: string): string {
  return text.replace(SPACES, (space, offset: number, whole: string) =>
    /\d/.test(whole[offset - 1] ?? '') && /^\d{3}(?!\d)/.test(whole.slice(offset + space.length)) ? '' : space,
  );
}

/** Splits off a leading minus sign: `{ negative: true, rest: '5' }` for "−5". */
export function splitSign(text: string): { negative: boolean; rest: string } {
  const match = MINUS.exec(text);
  return match ? { negative: true, rest: text.slice(match[0].length).trim() } : { negative: false, rest: text };
}

/**
 * A plain decimal number as whole and fraction digit strings. Accepts "1234.5", "1,234.5" (commas
 * grouping thousands) and a decimal comma with one or two digits ("12,5"), as many readers write
 * it; anything else is undefined. "1,234" is always one thousand two hundred and thirty-four.
 */
export function splitDecimal(text: string): { whole: string; fraction: string } | undefined {
  let match = /^(\d+)?(?:\.(\d+))?$/.exec(text);
  if (match && (match[1] !== undefined || match[2] !== undefined)) {
    return { whole: match[1] ?? '0', fraction: match[2] ?? '' };
  }
  match = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/.exec(text);
  if (match) return { whole: match[1]!.replace(/,/g, ''), fraction: match[2] ?? '' };
  match = /^(\d+),(\d{1,2})$/.exec(text);
  if (match) return { whole: match[1]!, fraction: match[2]! };
  return undefined;
}

/** Leading zeros removed, "" → "0". */
export function trimZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '') || '0';
}
