import { rateOn } from '../../../domain/rates';
import type { Step } from '../../../domain/sick-pay';
import { isRecord, isStepList, num, str } from '../flow/restore';
import type { GuideLink, ResultDescription, ToolContext, WorkingStep } from '../flow/tool-definition';
import { parseDateParts } from '../input/parse-date';
import type { SickPayCheck, SickPayForm } from './sick-pay-form';

const NS = 'tools.sickPay';
const W = `${NS}.workings`;

export function restoreSickPayResult(stored: unknown): SickPayCheck | undefined {
  if (!isRecord(stored) || stored.ok !== true || typeof stored.eligible !== 'boolean') return undefined;
  if (!isStepList(stored.steps) || !Array.isArray(stored.reasons) || typeof stored.totalPence !== 'number') return undefined;
  if (typeof stored.daysPaid !== 'number' || typeof stored.waitingDays !== 'number') return undefined;
  return stored as unknown as SickPayCheck;
}

function reformDate(result: SickPayCheck): string {
  return str(result.steps.find((step) => step.id === 'rules-in-force')?.values ?? {}, 'reformDate');
}

function weeklyRateText(v: Step['values'], result: SickPayCheck, context: ToolContext): string {
  const { t, fmt } = context;
  const from = str(v, 'from');
  const values = { date: fmt.date(from), rate: fmt.moneyExact(num(v, 'weeklyRatePence')) };
  if (str(v, 'protectedRate') === 'yes') return t(`${W}.rateProtected`, { ...values, reform: fmt.date(reformDate(result)) });
  const flat = rateOn('ssp.weekly_flat', from);
  const percent = rateOn('ssp.earnings_percent', from);
  if (flat && percent && num(v, 'weeklyRatePence') < flat.value) {
    return t(`${W}.rateEarnings`, { ...values, percent: fmt.percent(percent.value), flat: fmt.moneyExact(flat.value) });
  }
  return t(`${W}.rateFlat`, values);
}

function describeStep(step: Step, result: SickPayCheck, context: ToolContext): WorkingStep | undefined {
  const { t, fmt } = context;
  const v = step.values;
  switch (step.id) {
    case 'rules-in-force':
      return { text: t(`${W}.rules.${str(v, 'rules')}`, { date: fmt.date(str(v, 'reformDate')) }) };
    case 'not-a-period-of-incapacity':
      return {
        text: t(`${W}.tooShort`, { count: num(v, 'days'), minimum: fmt.number(num(v, 'minimumDays'), 0), date: fmt.date(reformDate(result)) }),
      };
    case 'linked-with-earlier':
      return {
        text: t(`${W}.linked`, { start: fmt.date(str(v, 'start')), end: fmt.date(str(v, 'end')), count: num(v, 'gapDays') }),
      };
    case 'earnings-test':
      return {
        text: t(str(v, 'result') === 'passed' ? `${W}.earningsPassed` : `${W}.earningsFailed`, {
          earnings: fmt.moneyExact(num(v, 'averageWeeklyEarningsPence')),
          limit: fmt.moneyExact(num(v, 'lowerEarningsLimitPence')),
        }),
      };
    case 'weeks-already-paid':
      return { text: t(`${W}.weeksAlreadyPaid`, { weeks: fmt.number(num(v, 'weeks')) }) };
    case 'waiting-days': {
      const details = num(v, 'servedEarlier') > 0 ? [t(`${W}.waitingEarlier`, { count: num(v, 'servedEarlier') })] : [];
      return { text: t(`${W}.waiting`, { count: num(v, 'inThisSpell') }), details };
    }
    case 'weekly-rate':
      return { text: weeklyRateText(v, result, context) };
    case 'week':
      return {
        text: t(`${W}.week`, {
          start: fmt.date(str(v, 'weekStart')),
          end: fmt.date(str(v, 'weekEnd')),
          amount: fmt.moneyExact(num(v, 'pence')),
        }),
        details: [
          t(`${W}.weekPaidDays`, { count: num(v, 'paidDays') }),
          ...(num(v, 'waitingDays') > 0 ? [t(`${W}.weekWaitingDays`, { count: num(v, 'waitingDays') })] : []),
        ],
      };
    case 'maximum-reached':
      return { text: t(`${W}.maximum`, { count: num(v, 'maxWeeks'), date: fmt.date(str(v, 'date')) }) };
    case 'total':
      return { text: t(`${W}.total`, { count: num(v, 'daysPaid'), amount: fmt.moneyExact(num(v, 'totalPence')) }) };
    default:
      return undefined;
  }
}

export function describeSickPay(form: SickPayForm, result: SickPayCheck, context: ToolContext): ResultDescription {
  const { t, fmt } = context;
  const lines = result.eligible
    ? [t(`${NS}.result.daysPaid`, { count: result.daysPaid })]
    : result.reasons.map((reason) => t(`${NS}.reasons.${reason}`));
  if (result.eligible && result.reasons.includes('maximum-reached')) lines.push(t(`${NS}.reasons.maximum-reached`));
  const notes = [t(`${NS}.result.contractNote`)];
  if (form.nation === 'northern-ireland') notes.unshift(t(`${NS}.result.northernIreland`, { date: fmt.date(reformDate(result)) }));
  const links: GuideLink[] = [
    { guide: 'sick-pay', section: 'who-gets-ssp', label: t(`${NS}.links.who`) },
    { guide: 'sick-pay', section: 'how-much', label: t(`${NS}.links.howMuch`) },
    { guide: 'sick-pay', section: 'how-long', label: t(`${NS}.links.howLong`) },
    { guide: 'sick-pay', section: 'fit-notes', label: t(`${NS}.links.fitNotes`) },
    { guide: 'sick-pay', section: 'not-paid', label: t(`${NS}.links.notPaid`) },
  ];
  return {
    tone: 'neutral',
    headline: result.eligible ? t(`${NS}.result.headline`, { amount: fmt.moneyExact(result.totalPence) }) : t(`${NS}.result.headlineNone`),
    lines,
    workings: result.steps.flatMap((step) => describeStep(step, result, context) ?? []),
    notes,
    guideLinks: links,
  };
}

export function sickPayLabel(form: SickPayForm, _result: SickPayCheck, { t, fmt }: ToolContext): string {
  const start = parseDateParts(form.sicknessStart);
  const end = parseDateParts(form.sicknessEnd);
  return start.ok && end.ok ? t(`${NS}.savedLabel`, { start: fmt.date(start.date), end: fmt.date(end.date) }) : t(`${NS}.title`);
}
