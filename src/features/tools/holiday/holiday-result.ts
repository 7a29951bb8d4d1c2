import type { Step } from '../../../domain/holiday';
import { durationText } from '../format/duration';
import { isRecord, isStepList, num, str } from '../flow/restore';
import type { GuideLink, ResultDescription, ToolContext, WorkingStep } from '../flow/tool-definition';
import { parseDateParts } from '../input/parse-date';
import { PATTERNS, type HolidayCheck, type HolidayForm } from './holiday-form';

const NS = 'tools.holiday';
const W = `${NS}.workings`;

export function restoreHolidayResult(stored: unknown): HolidayCheck | undefined {
  if (!isRecord(stored) || stored.ok !== true || !isStepList(stored.steps)) return undefined;
  if (!PATTERNS.includes(stored.pattern as HolidayCheck['pattern'])) return undefined;
  const optionalNumbers = ['days', 'minutes', 'shifts', 'rolledUpHolidayPayPence'];
  if (optionalNumbers.some((key) => stored[key] !== undefined && typeof stored[key] !== 'number')) return undefined;
  return stored as unknown as HolidayCheck;
}

/** The entitlement in words: days, shifts or hours, whichever the pattern gives. */
function entitlementText(values: { days?: number | undefined; shifts?: number | undefined; minutes?: number | undefined }, context: ToolContext): string {
  const { t, fmt } = context;
  const parts: string[] = [];
  if (values.days !== undefined) parts.push(t('tools.units.daysCount', { count: values.days, days: fmt.number(values.days, 1) }));
  if (values.shifts !== undefined) parts.push(t('tools.units.shifts', { count: values.shifts, shifts: fmt.number(values.shifts, 1) }));
  if (values.minutes !== undefined) parts.push(durationText(values.minutes, context));
  if (parts.length === 2) return t(`${NS}.result.twoWays`, { first: parts[1], second: parts[0] });
  return parts[0] ?? '';
}

function describeStep(step: Step, result: HolidayCheck, context: ToolContext): WorkingStep | undefined {
  const { t, fmt } = context;
  const v = step.values;
  const hours = (key: string) => durationText(num(v, key), context);
  const unitKey = result.pattern === 'shifts' ? 'Shifts' : 'Days';
  switch (step.id) {
    case 'statutory-leave':
      return { text: t(`${W}.statutory`, { weeks: fmt.number(num(v, 'weeks'), 1), count: num(v, 'maximumDays') }) };
    case 'full-year-leave':
      return {
        text: t(`${W}.fullYear${unitKey}`, {
          weeks: fmt.number(num(v, 'weeks'), 1),
          perWeek: fmt.number(num(v, 'perWeek')),
          total: fmt.number(num(v, 'units')),
        }),
      };
    case 'full-year-leave-hours':
      return { text: t(`${W}.fullYearHours`, { weeks: fmt.number(num(v, 'weeks'), 1), total: hours('minutes') }) };
    case 'capped-at-maximum':
      return { text: t(`${W}.capped${unitKey}`, { uncapped: fmt.number(num(v, 'uncapped')), maximum: fmt.number(num(v, 'maximum')) }) };
    case 'capped-at-maximum-hours':
      return {
        text: t(`${W}.cappedHours`, {
          uncapped: hours('uncappedMinutes'),
          days: fmt.number(num(v, 'maximumDays')),
          averageDay: hours('averageDayMinutes'),
          maximum: hours('maximumMinutes'),
        }),
      };
    case 'share-of-leave-year':
      return {
        text: t(`${W}.share.${str(v, 'basis')}`, {
          numerator: fmt.number(num(v, 'numerator'), 0),
          denominator: fmt.number(num(v, 'denominator'), 0),
        }),
      };
    case 'rounded-up-to-half':
      return { text: t(`${W}.roundedUp`, { before: fmt.number(num(v, 'before')), after: fmt.number(num(v, 'after'), 1) }) };
    case 'average-day':
      return { text: t(`${W}.averageDay`, { duration: hours('minutes') }) };
    case 'shifts-per-week':
      return {
        text: t(`${W}.shiftsPerWeek`, {
          shifts: fmt.number(num(v, 'shiftsPerPattern'), 0),
          days: fmt.number(num(v, 'daysPerPattern'), 0),
          perWeek: fmt.number(num(v, 'shiftsPerWeek')),
        }),
      };
    case 'accrual-rate':
      return { text: t(`${W}.accrualRate`, { percent: fmt.percent(num(v, 'basisPoints')) }) };
    case 'period-accrual':
      return { text: t(`${W}.periodAccrual`, { number: num(v, 'period'), worked: hours('minutesWorked'), accrued: hours('accruedMinutes') }) };
    case 'period-rolled-up-pay':
      return {
        text: t(`${W}.periodPay`, {
          number: num(v, 'period'),
          pay: fmt.moneyExact(num(v, 'payPence')),
          holidayPay: fmt.moneyExact(num(v, 'holidayPayPence')),
        }),
      };
    case 'rolled-up-pay-total':
      return { text: t(`${W}.rolledUpTotal`, { amount: fmt.moneyExact(num(v, 'holidayPayPence')) }) };
    case 'average-week':
      return {
        text: t(`${W}.averageWeek`, { count: num(v, 'weeks'), total: hours('totalMinutes'), average: hours('averageWeekMinutes') }),
      };
    case 'entitlement': {
      const values = {
        ...(v.days === undefined ? {} : { days: num(v, 'days') }),
        ...(v.shifts === undefined ? {} : { shifts: num(v, 'shifts') }),
        ...(v.minutes === undefined ? {} : { minutes: num(v, 'minutes') }),
      };
      return { text: t(`${W}.entitlement`, { entitlement: entitlementText(values, context) }) };
    }
    default:
      return undefined;
  }
}

export function describeHoliday(form: HolidayForm, result: HolidayCheck, context: ToolContext): ResultDescription {
  const { t, fmt } = context;
  const entitlement = entitlementText(result, context);
  const accrual = result.method === 'accrual';
  const lines: string[] = [];
  if (result.rolledUpHolidayPayPence !== undefined) {
    lines.push(t(`${NS}.result.rolledUp`, { amount: fmt.moneyExact(result.rolledUpHolidayPayPence) }));
  }
  lines.push(t(accrual ? `${NS}.result.accrualLine` : `${NS}.result.minimumLine`));

  const links: GuideLink[] = [{ guide: 'holiday', section: 'how-much', label: t(`${NS}.links.howMuch`) }];
  if (form.pattern === 'irregular-hours') links.push({ guide: 'holiday', section: 'irregular-hours', label: t(`${NS}.links.irregular`) });
  if (form.startedInYear === 'yes') links.push({ guide: 'holiday', section: 'building-up', label: t(`${NS}.links.buildingUp`) });
  links.push({ guide: 'holiday', section: 'holiday-pay', label: t(`${NS}.links.holidayPay`) });
  if (form.leavingInYear === 'yes') links.push({ guide: 'holiday', section: 'leaving', label: t(`${NS}.links.leaving`) });
  links.push({ guide: 'holiday', section: 'booking', label: t(`${NS}.links.booking`) });

  const notes = [t(`${NS}.result.bankHolidays`)];
  if (form.leavingInYear === 'yes') notes.push(t(`${NS}.result.leavingNote`));

  return {
    tone: 'neutral',
    headline: t(accrual ? `${NS}.result.headlineAccrued` : `${NS}.result.headline`, { entitlement }),
    lines,
    workings: result.steps.flatMap((step) => describeStep(step, result, context) ?? []),
    notes,
    guideLinks: links,
  };
}

export function holidayLabel(form: HolidayForm, _result: HolidayCheck, { t, fmt }: ToolContext): string {
  const start = parseDateParts(form.leaveYearStart);
  return start.ok ? t(`${NS}.savedLabel`, { date: fmt.date(start.date) }) : t(`${NS}.title`);
}
