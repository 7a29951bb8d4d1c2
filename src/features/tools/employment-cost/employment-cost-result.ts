import type { Step } from '../../../domain/employment-cost';
import { minimumWageRateFor, rateOn } from '../../../domain/rates';
import { durationText } from '../format/duration';
import { isRecord, isStepList, num, str } from '../flow/restore';
import type { GuideLink, ResultDescription, ToolContext, WorkingStep } from '../flow/tool-definition';
import type { EmploymentCostForm, EmploymentCostOutcome } from './employment-cost-form';

const NS = 'tools.employmentCost';
const W = `${NS}.workings`;

export function restoreEmploymentCostResult(stored: unknown): EmploymentCostOutcome | undefined {
  if (!isRecord(stored) || typeof stored.date !== 'string' || !isRecord(stored.cost)) return undefined;
  const cost = stored.cost;
  const numbers = ['totalPerYearPence', 'costPerWorkedHourPence', 'grossPayPence', 'workedMinutesPerYear', 'paidMinutesPerYear', 'employerNiPence', 'employmentAllowancePence', 'pensionPence', 'otherCostsPence', 'holidayPayPence'];
  if (cost.ok !== true || !isStepList(cost.steps) || numbers.some((key) => typeof cost[key] !== 'number')) return undefined;
  if (stored.funding !== undefined) {
    const funding = stored.funding;
    if (!isRecord(funding) || funding.ok !== true || !isStepList(funding.steps) || typeof funding.gapPerHourPence !== 'number') return undefined;
  }
  return stored as unknown as EmploymentCostOutcome;
}

/** The gap for every hour of support in a year, rounded up to the penny. */
export function yearlyGapPence(gapPerHourPence: number, workedMinutesPerYear: number): number {
  return Math.ceil((gapPerHourPence * workedMinutesPerYear) / 60);
}

/** The minimum wage for the PA on the costing date, to warn when the wage given is below it. */
export function minimumWageOn(date: string, age: number): number | undefined {
  const rate = minimumWageRateFor({ date, age });
  return rate.ok ? rate.pencePerHour : undefined;
}

function costStep(step: Step, context: ToolContext): WorkingStep | undefined {
  const { t, fmt } = context;
  const v = step.values;
  const money = (key: string) => fmt.moneyExact(num(v, key));
  const percent = (key: string) => fmt.percent(num(v, key));
  switch (step.id) {
    case 'paid-and-worked-hours':
      return {
        text: t(`${W}.hours`, {
          hours: durationText(num(v, 'minutesPerWeek'), context),
          weeks: fmt.number(num(v, 'paidWeeks'), 0),
          paid: durationText(num(v, 'paidMinutesPerYear'), context),
          holidayWeeks: fmt.number(num(v, 'holidayWeeks')),
          worked: durationText(num(v, 'workedMinutesPerYear'), context),
        }),
      };
    case 'gross-pay':
      return { text: t(`${W}.pay`, { wage: money('hourlyWagePence'), gross: money('grossPayPence'), holiday: money('holidayPayPence') }) };
    case 'employer-national-insurance': {
      const values = { rate: percent('rateBasisPoints'), threshold: money('thresholdPence'), amount: money('employerNiPence') };
      if (num(v, 'employerNiPence') === 0) return { text: t(`${W}.niNone`, values) };
      return { text: t(str(v, 'under21') === 'yes' ? `${W}.niUnder21` : `${W}.ni`, values) };
    }
    case 'employment-allowance':
      return {
        text: t(str(v, 'shareRule') === 'number-of-pas' ? `${W}.allowance` : `${W}.allowanceShared`, {
          allowance: money('allowancePence'),
          amount: money('reductionPence'),
        }),
      };
    case 'employer-pension':
      return { text: t(`${W}.pension`, { rate: percent('rateBasisPoints'), qualifying: money('qualifyingEarningsPence'), amount: money('employerPensionPence') }) };
    case 'pension-not-due':
      return { text: t(`${W}.noPension.${str(v, 'reason')}`, { earnings: money('earningsPence'), trigger: money('triggerPence') }) };
    case 'pension-opt-in-possible':
      return { text: t(`${W}.pensionOptIn`, { lower: money('lowerLimitPence') }) };
    case 'other-costs': {
      const parts = (['insurance', 'payroll', 'training', 'vetting'] as const)
        .filter((key) => num(v, `${key}Pence`) > 0)
        .map((key) => t(`${W}.other.${key}`, { amount: money(`${key}Pence`) }));
      return { text: t(`${W}.other.total`, { amount: money('totalPence') }), details: parts };
    }
    case 'total':
      return {
        text: t(`${W}.total`, {
          total: money('totalPerYearPence'),
          worked: durationText(num(v, 'workedMinutesPerYear'), context),
          hourly: money('costPerWorkedHourPence'),
        }),
      };
    default:
      return undefined;
  }
}

function fundingStep(step: Step, context: ToolContext): WorkingStep | undefined {
  const { t, fmt } = context;
  const v = step.values;
  const money = (key: string) => fmt.moneyExact(num(v, key));
  switch (step.id) {
    case 'council-rate':
      return { text: t(`${W}.councilRate`, { rate: money('councilRatePencePerHour'), highest: money('highestHourlyWagePence') }) };
    case 'minimum-wage':
      return {
        text: t(num(v, 'gapPerHourPence') > 0 ? `${W}.minimumShort` : `${W}.minimumCovered`, {
          minimum: money('minimumWagePencePerHour'),
          cost: money('costPerWorkedHourPence'),
          gap: money('gapPerHourPence'),
        }),
      };
    case 'fixed-costs-exceed-rate':
      return { text: t(`${W}.fixedCosts`, { cost: money('costPerWorkedHourPence') }) };
    case 'real-living-wage':
      return {
        text: t(num(v, 'gapPerHourPence') > 0 ? `${W}.livingShort` : `${W}.livingCovered`, {
          context: str(v, 'london') === 'yes' ? 'london' : undefined,
          wage: money('realLivingWagePencePerHour'),
          gap: money('gapPerHourPence'),
        }),
      };
    default:
      return undefined;
  }
}

/** Statutory holiday in weeks (5.6), from the rates table. */
function holidayWeeks(date: string, { fmt }: ToolContext): string {
  const row = rateOn('holiday.weeks', date);
  return row ? fmt.number(row.value / 10 ** (row.decimals ?? 0), 1) : '';
}

const FUNDING_STEPS = new Set(['council-rate', 'minimum-wage', 'fixed-costs-exceed-rate', 'real-living-wage']);

export function describeEmploymentCost(form: EmploymentCostForm, outcome: EmploymentCostOutcome, context: ToolContext): ResultDescription {
  const { t, fmt } = context;
  const { cost, funding } = outcome;
  const lines = [t(`${NS}.result.perHour`, { amount: fmt.moneyExact(cost.costPerWorkedHourPence) })];
  const wage = cost.steps.find((step) => step.id === 'gross-pay')?.values.hourlyWagePence;
  const age = Number(form.age.trim());
  const minimum = Number.isInteger(age) ? minimumWageOn(outcome.date, age) : undefined;
  if (cost.meetsMinimumWage === false && minimum !== undefined && typeof wage === 'number') {
    lines.push(t(`${NS}.result.belowMinimum`, { wage: fmt.moneyExact(wage), minimum: fmt.moneyExact(minimum) }));
  }
  if (funding) {
    const gapYear = fmt.moneyExact(yearlyGapPence(funding.gapPerHourPence, cost.workedMinutesPerYear));
    lines.push(
      funding.fundsMinimumWage
        ? t(`${NS}.result.fundsMinimum`, { rate: fmt.moneyExact(funding.steps.find((s) => s.id === 'council-rate')?.values.councilRatePencePerHour as number), highest: fmt.moneyExact(funding.highestHourlyWagePence) })
        : t(`${NS}.result.notFundsMinimum`, { gap: fmt.moneyExact(funding.gapPerHourPence), gapYear }),
    );
    if (funding.fundsRealLivingWage !== null && funding.realLivingWagePencePerHour !== null) {
      lines.push(
        funding.fundsRealLivingWage
          ? t(`${NS}.result.fundsLiving`, { wage: fmt.moneyExact(funding.realLivingWagePencePerHour) })
          : t(`${NS}.result.notFundsLiving`, { wage: fmt.moneyExact(funding.realLivingWagePencePerHour), gap: fmt.moneyExact(funding.realLivingWageGapPerHourPence ?? 0) }),
      );
    }
  }

  const workings = [
    { text: t(`${W}.figuresOn`, { date: fmt.date(outcome.date) }) },
    ...cost.steps.flatMap((step) => costStep(step, context) ?? []),
    ...(funding ? funding.steps.filter((step) => FUNDING_STEPS.has(step.id)).flatMap((step) => fundingStep(step, context) ?? []) : []),
  ];
  const links: GuideLink[] = [
    { guide: 'becoming-an-employer', section: 'direct-payments', label: t(`${NS}.links.directPayments`) },
    { guide: 'minimum-wage', section: 'rates', label: t(`${NS}.links.rates`) },
    { guide: 'tax-and-national-insurance', section: 'national-insurance', label: t(`${NS}.links.nationalInsurance`) },
    { guide: 'tax-and-national-insurance', section: 'employment-allowance', label: t(`${NS}.links.employmentAllowance`) },
    { guide: 'pensions', section: 'contributions', label: t(`${NS}.links.pensions`) },
    { guide: 'employers-liability-insurance', section: 'cost', label: t(`${NS}.links.insurance`) },
  ];
  const bad = cost.meetsMinimumWage === false || (funding !== undefined && !funding.fundsMinimumWage);
  return {
    tone: bad ? 'bad' : funding ? 'good' : 'neutral',
    headline: t(`${NS}.result.headline`, { amount: fmt.moneyExact(cost.totalPerYearPence) }),
    lines,
    workings,
    notes: [t(`${NS}.result.modelNote`, { weeks: holidayWeeks(outcome.date, context) }), t(`${NS}.result.notIncluded`)],
    guideLinks: links,
  };
}

export function employmentCostLabel(form: EmploymentCostForm, outcome: EmploymentCostOutcome, { t, fmt }: ToolContext): string {
  const wage = outcome.cost.steps.find((step) => step.id === 'gross-pay')?.values.hourlyWagePence;
  return t(`${NS}.savedLabel`, { wage: typeof wage === 'number' ? fmt.moneyExact(wage) : form.hourlyWage, date: fmt.date(outcome.date) });
}
