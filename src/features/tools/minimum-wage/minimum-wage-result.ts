import type { MinimumWageCheck, MinimumWageStep } from '../../../domain/minimum-wage';
import { hasNumbers, isRecord, isStepList, num, str } from '../flow/restore';
import type { GuideLink, ResultDescription, ToolContext, WorkingStep } from '../flow/tool-definition';
import { parseDateParts } from '../input/parse-date';
import type { MinimumWageForm } from './minimum-wage-form';

const NS = 'tools.minimumWage';
const W = `${NS}.workings`;

export function restoreMinimumWageResult(stored: unknown): MinimumWageCheck | undefined {
  if (!isRecord(stored) || stored.ok !== true || typeof stored.compliant !== 'boolean') return undefined;
  const numbers = ['minimumRatePence', 'hoursCounted', 'payForMinimumWagePence', 'requiredPence', 'shortfallPence', 'arrearsTodayPence', 'currentRatePence', 'ageAtPeriodStart'];
  if (!hasNumbers(stored, numbers) || !isStepList(stored.steps) || typeof stored.band !== 'string') return undefined;
  return stored as unknown as MinimumWageCheck;
}

type Values = MinimumWageStep['values'];

/** One line of workings for each step the calculator took, in words and the reader's numbers. */
function describeStep(step: MinimumWageStep, result: MinimumWageCheck, context: ToolContext): WorkingStep | undefined {
  const { t, fmt } = context;
  const v: Values = step.values;
  const money = (key: string) => fmt.moneyExact(num(v, key));
  const hours = (value: number) => t('tools.units.hours', { count: value, hours: fmt.number(value) });
  switch (step.id) {
    case 'period':
      return { text: t(`${W}.period`, { start: fmt.date(str(v, 'start')), end: fmt.date(str(v, 'end')), count: num(v, 'days') }) };
    case 'age':
      return {
        text: t(`${W}.age`, {
          age: fmt.number(num(v, 'age'), 0),
          date: fmt.date(str(v, 'on')),
          context: str(v, 'from') === 'dateOfBirth' ? 'birth' : undefined,
        }),
      };
    case 'rate': {
      const band = str(v, 'band');
      const values = {
        age: fmt.number(result.ageAtPeriodStart, 0),
        date: fmt.date(str(result.steps.find((s) => s.id === 'period')?.values ?? {}, 'start')),
        rate: money('ratePence'),
        band: t(`${NS}.bands.${band}`),
        from: fmt.date(str(v, 'from')),
      };
      return { text: t(band === 'apprentice' ? `${W}.rateApprentice` : `${W}.rate`, values) };
    }
    case 'hours': {
      const kinds = [
        ['basic', 'hoursBasic'],
        ['travel', 'hoursTravel'],
        ['training', 'hoursTraining'],
        ['waiting', 'hoursWaiting'],
        ['sleepInAwake', 'hoursSleepIn'],
      ] as const;
      const details = kinds
        .filter(([key]) => key === 'basic' || num(v, key) > 0)
        .map(([key, label]) => t(`${W}.${label}`, { hours: hours(num(v, key)) }));
      return { text: t(`${W}.hours`, { hours: hours(num(v, 'total')) }), details };
    }
    case 'accommodation': {
      const values = {
        count: num(v, 'days'),
        offset: money('offsetDailyPence'),
        allowance: money('allowancePence'),
        charge: money('chargePence'),
        excess: fmt.moneyExact(Math.abs(num(v, 'adjustmentPence'))),
      };
      const key = num(v, 'chargePence') === 0 ? 'accommodationFree' : num(v, 'adjustmentPence') < 0 ? 'accommodationOver' : 'accommodationWithin';
      return { text: t(`${W}.${key}`, values) };
    }
    case 'pay': {
      const details = [t(`${W}.payGross`, { amount: money('gross') })];
      if (num(v, 'premium') > 0) details.push(t(`${W}.payPremium`, { amount: money('premium') }));
      if (num(v, 'deductions') > 0) details.push(t(`${W}.payDeductions`, { amount: money('deductions') }));
      const adjustment = num(v, 'accommodationAdjustment');
      if (adjustment > 0) details.push(t(`${W}.payAccommodationAdded`, { amount: fmt.moneyExact(adjustment) }));
      if (adjustment < 0) details.push(t(`${W}.payAccommodationTaken`, { amount: fmt.moneyExact(-adjustment) }));
      return { text: t(`${W}.pay`, { amount: money('payForMinimumWage') }), details };
    }
    case 'required':
      return { text: t(`${W}.required`, { hours: hours(num(v, 'hours')), rate: money('ratePence'), amount: money('requiredPence') }) };
    case 'result': {
      const values = { pay: money('payPence'), required: money('requiredPence'), shortfall: money('shortfallPence') };
      const details =
        v.averagePayPerHourPence === undefined ? [] : [t(`${W}.average`, { amount: money('averagePayPerHourPence') })];
      return { text: t(num(v, 'shortfallPence') > 0 ? `${W}.resultShort` : `${W}.resultOk`, values), details };
    }
    case 'arrears': {
      const values = {
        shortfall: money('shortfallPence'),
        rateThen: money('rateThenPence'),
        rateNow: money('rateNowPence'),
        date: fmt.date(str(v, 'today')),
        amount: money('arrearsPence'),
      };
      return { text: t(num(v, 'rateNowPence') > num(v, 'rateThenPence') ? `${W}.arrearsUprated` : `${W}.arrearsSame`, values) };
    }
    default:
      return undefined;
  }
}

export function describeMinimumWage(form: MinimumWageForm, result: MinimumWageCheck, context: ToolContext): ResultDescription {
  const { t, fmt } = context;
  const who = form.asker ? { context: form.asker } : {};
  const short = result.shortfallPence > 0;
  const resultStep = result.steps.find((step) => step.id === 'result');
  const average = resultStep?.values.averagePayPerHourPence;

  const lines: string[] = [];
  if (short) {
    lines.push(t(`${NS}.result.owed`, { ...who, amount: fmt.moneyExact(result.arrearsTodayPence) }));
    lines.push(t(`${NS}.result.rateNow`, { rate: fmt.moneyExact(result.currentRatePence) }));
  } else if (typeof average === 'number') {
    lines.push(t(`${NS}.result.averageOk`, { amount: fmt.moneyExact(average), rate: fmt.moneyExact(result.minimumRatePence) }));
  }

  const links: GuideLink[] = [
    { guide: 'minimum-wage', section: 'working-time', label: t(`${NS}.links.workingTime`) },
    { guide: 'minimum-wage', section: 'pay-and-deductions', label: t(`${NS}.links.payAndDeductions`) },
    { guide: 'minimum-wage', section: 'pay-reference-period', label: t(`${NS}.links.payReferencePeriod`) },
  ];
  if (form.accommodation === 'yes') links.push({ guide: 'minimum-wage', section: 'live-in', label: t(`${NS}.links.liveIn`) });
  if (short) links.push({ guide: 'minimum-wage', section: 'underpaid', label: t(`${NS}.links.underpaid`) });
  links.push({ guide: 'minimum-wage', section: 'rates', label: t(`${NS}.links.rates`) });

  const notes = [t(`${NS}.result.figuresNote`)];
  if (short) notes.push(t(`${NS}.result.nextSteps`, who));

  return {
    tone: short ? 'bad' : 'good',
    headline: short
      ? t(`${NS}.result.headlineShort`, { ...who, amount: fmt.moneyExact(result.shortfallPence) })
      : t(`${NS}.result.headlineOk`, who),
    lines,
    workings: result.steps.flatMap((step) => describeStep(step, result, context) ?? []),
    notes,
    guideLinks: links,
  };
}

export function minimumWageLabel(form: MinimumWageForm, _result: MinimumWageCheck, { t, fmt }: ToolContext): string {
  const start = parseDateParts(form.periodStart);
  const end = parseDateParts(form.periodEnd);
  if (!start.ok || !end.ok) return t(`${NS}.title`);
  return t(`${NS}.savedLabel`, { start: fmt.date(start.date), end: fmt.date(end.date) });
}
