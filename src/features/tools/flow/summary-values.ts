import { durationText } from '../format/duration';
import type { ToolContext } from './tool-definition';
import { parseDateParts, type DateParts } from '../input/parse-date';
import { parseHours } from '../input/parse-hours';
import { parseMoney } from '../input/parse-money';
import { parseNumber } from '../input/parse-number';

/** Answers as the check-your-answers page shows them: formatted when readable, as typed when not. */
export function moneyAnswer(text: string, { fmt }: ToolContext): string {
  const parsed = parseMoney(text);
  return parsed.ok ? fmt.moneyExact(parsed.pence) : text.trim();
}

/** Hours as typed: "7.5 hours" for a decimal, "7 hours 30 minutes" for hours and minutes. */
export function hoursAnswer(text: string, context: ToolContext): string {
  const { fmt, t } = context;
  if (text.trim() === '') return '';
  const parsed = parseHours(text);
  if (!parsed.ok) return text.trim();
  if (/[:h]/i.test(text)) return durationText(parsed.minutes, context);
  return t('tools.units.hours', { count: parsed.hours, hours: fmt.number(parsed.hours) });
}

export function numberAnswer(text: string, { fmt }: ToolContext, decimals = 2): string {
  const parsed = parseNumber(text, { max: Number.MAX_SAFE_INTEGER, decimals });
  return parsed.ok ? fmt.number(parsed.value) : text.trim();
}

export function dateAnswer(parts: DateParts, { fmt }: ToolContext): string {
  const parsed = parseDateParts(parts);
  if (parsed.ok) return fmt.date(parsed.date);
  return [parts.day, parts.month, parts.year].every((part) => part.trim() === '') ? '' : `${parts.day}/${parts.month}/${parts.year}`;
}

export function choiceAnswer(value: string, keyPrefix: string, { t }: ToolContext): string {
  return value ? t(`${keyPrefix}.${value}`) : '';
}
