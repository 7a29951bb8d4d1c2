import { addDays, compareDates, dayOfWeek, type IsoDate } from '../shared/iso-date';
import { sumPence, type Pence } from '../shared/money';
import { ceilDiv, type Invalid, type Step } from '../shared/input-checks';
import { isPeriodOfIncapacity, linkedEarlierSpells, spellDays, type LinkedSpell, type Spell } from './linked-series';
import { checkSickPayInput, type SickPayInput } from './sick-pay-input';
import { sicknessDays, type SicknessDay } from './sickness-days';
import {
  dayFigures,
  lowerEarningsLimitOn,
  PIW_MINIMUM_DAYS_BEFORE_REFORM,
  sspRules,
  WEEK_UNITS,
  type SspRules,
} from './ssp-rules';

/**
 * Statutory Sick Pay for one spell of sickness in Great Britain (Social Security Contributions and
 * Benefits Act 1992 Part XI). Which rules apply is decided day by day (see sickness-days.ts): the
 * 2026 reform applies to days on or after 6 April 2026, and to whole periods of incapacity that
 * start on or after it, with the transitional rules for spells already running on that day.
 * Northern Ireland has its own SSP law (SSCB (NI) Act 1992); whether the 2026 reform extends there
 * is not confirmed, so callers should say so to Northern Ireland users.
 */
export type SspReason =
  | 'piw-too-short'
  | 'no-qualifying-days'
  | 'waiting-days'
  | 'earnings-below-lel'
  | 'maximum-reached';

export interface SspWeek {
  /** The SSP week runs Sunday to Saturday (s.157(3)). */
  weekStart: IsoDate;
  weekEnd: IsoDate;
  paidDays: number;
  waitingDays: number;
  /** The week's SSP: the daily amounts added up and rounded up to a whole penny. */
  pence: Pence;
}

export type SickPayResult =
  | Invalid
  | {
      ok: true;
      eligible: boolean;
      reasons: SspReason[];
      /** Which rules the spell's days fall under. */
      rules: 'before-reform' | 'from-reform' | 'spans-reform';
      linkedSpells: LinkedSpell[];
      waitingDays: number;
      daysPaid: number;
      /** Each weekly rate used, in the order first used (it changes on 6 April). */
      weeklyRatesPence: number[];
      totalPence: Pence;
      weeks: SspWeek[];
      steps: Step[];
    };

function rulesFor(spell: Spell, rules: SspRules): 'before-reform' | 'from-reform' | 'spans-reform' {
  if (compareDates(spell.end, rules.reformDate) < 0) return 'before-reform';
  return compareDates(spell.start, rules.reformDate) >= 0 ? 'from-reform' : 'spans-reform';
}

function groupIntoWeeks(days: readonly SicknessDay[]): SspWeek[] {
  const weeks = new Map<IsoDate, { week: SspWeek; centipence: number }>();
  for (const day of days) {
    const weekStart = addDays(day.date, -dayOfWeek(day.date));
    const entry = weeks.get(weekStart) ?? {
      week: { weekStart, weekEnd: addDays(weekStart, 6), paidDays: 0, waitingDays: 0, pence: 0 },
      centipence: 0,
    };
    if (day.status === 'paid') entry.week.paidDays += 1;
    if (day.status === 'waiting') entry.week.waitingDays += 1;
    entry.centipence += day.centipence ?? 0;
    entry.week.pence = ceilDiv(entry.centipence, 100);
    weeks.set(weekStart, entry);
  }
  return [...weeks.values()].map((entry) => entry.week);
}

const REASON_FOR: Partial<Record<SicknessDay['status'], SspReason>> = {
  waiting: 'waiting-days',
  'below-lel': 'earnings-below-lel',
  'maximum-reached': 'maximum-reached',
};

function reasonsFrom(days: readonly SicknessDay[]): SspReason[] {
  const reasons = new Set<SspReason>();
  if (!days.some((day) => day.status !== 'not-qualifying')) reasons.add('no-qualifying-days');
  for (const day of days) {
    const reason = REASON_FOR[day.status];
    if (reason) reasons.add(reason);
  }
  return [...reasons];
}

function rateSteps(days: readonly SicknessDay[]): { rates: number[]; steps: Step[] } {
  const rates: number[] = [];
  const steps: Step[] = [];
  for (const day of days) {
    const weeklyRatePence = day.weeklyRatePence as number;
    // Within one spell the rate only moves forward (6 April uprating, the reform), never back.
    if (day.status !== 'paid' || rates.at(-1) === weeklyRatePence) continue;
    rates.push(weeklyRatePence);
    steps.push({
      id: 'weekly-rate',
      values: { from: day.date, weeklyRatePence, protectedRate: day.protectedRate ? 'yes' : 'no' },
    });
  }
  return { rates, steps };
}

export function statutorySickPay(input: SickPayInput): SickPayResult {
  const checked = checkSickPayInput(input);
  if (!checked.ok) return checked;
  const { sickness, earlierSickness, qualifyingDays, averageWeeklyEarningsPence: awe } = checked.value;
  const rules = sspRules(sickness.start);
  if (!rules) return { ok: false, errors: [{ field: 'sickness.start', code: 'outside-rates-table' }] };
  const hundredths = checked.value.weeksAlreadyPaidHundredths;
  if (hundredths !== undefined && hundredths > rules.maxWeeks * 100) {
    return { ok: false, errors: [{ field: 'weeksAlreadyPaid', code: 'too-large' }] };
  }

  const spellRules = rulesFor(sickness, rules);
  const steps: Step[] = [{ id: 'rules-in-force', values: { rules: spellRules, reformDate: rules.reformDate } }];
  const base = { rules: spellRules, waitingDays: 0, daysPaid: 0, weeklyRatesPence: [], totalPence: 0, weeks: [] };
  if (!isPeriodOfIncapacity(sickness, rules.reformDate)) {
    steps.push({
      id: 'not-a-period-of-incapacity',
      values: { days: spellDays(sickness), minimumDays: PIW_MINIMUM_DAYS_BEFORE_REFORM },
    });
    return { ok: true, eligible: false, reasons: ['piw-too-short'], linkedSpells: [], ...base, steps };
  }

  const linkedSpells = linkedEarlierSpells(sickness, earlierSickness, rules.linkingDays, rules.reformDate);
  for (const spell of linkedSpells) steps.push({ id: 'linked-with-earlier', values: { ...spell } });
  // The linked series is treated as one PIW (s.152(3)): its first day fixes the earnings test.
  const seriesStart = (linkedSpells[0] ?? sickness).start;
  const seriesField = linkedSpells.length > 0 ? 'earlierSickness' : 'sickness.start';
  const startsBeforeReform = compareDates(seriesStart, rules.reformDate) < 0;
  const limit = startsBeforeReform ? lowerEarningsLimitOn(seriesStart) : 0;
  if (!dayFigures(seriesStart) || limit === undefined) {
    return { ok: false, errors: [{ field: seriesField, code: 'outside-rates-table' }] };
  }
  if (compareDates(sickness.start, rules.reformDate) < 0) {
    steps.push({
      id: 'earnings-test',
      values: {
        averageWeeklyEarningsPence: awe,
        lowerEarningsLimitPence: limit,
        result: awe >= limit ? 'passed' : 'failed',
      },
    });
  }
  if (hundredths !== undefined) steps.push({ id: 'weeks-already-paid', values: { weeks: hundredths / 100 } });

  const allDays = sicknessDays({
    spells: [...linkedSpells, sickness],
    qualifyingDays,
    averageWeeklyEarningsPence: awe,
    rules,
    lowerEarningsLimitPence: limit,
    priorUnits: hundredths === undefined ? undefined : (hundredths * WEEK_UNITS) / 100,
  });

  const current = allDays.filter((day) => day.spellIndex === linkedSpells.length);
  const waitingDays = current.filter((day) => day.status === 'waiting').length;
  const waitingServedEarlier = allDays.filter((day) => day.status === 'waiting').length - waitingDays;
  steps.push({ id: 'waiting-days', values: { inThisSpell: waitingDays, servedEarlier: waitingServedEarlier } });
  const { rates, steps: rateChanges } = rateSteps(current);
  steps.push(...rateChanges);
  const weeks = groupIntoWeeks(current);
  for (const week of weeks) steps.push({ id: 'week', values: { ...week } });
  const firstOverMaximum = current.find((day) => day.status === 'maximum-reached');
  if (firstOverMaximum) {
    steps.push({ id: 'maximum-reached', values: { date: firstOverMaximum.date, maxWeeks: rules.maxWeeks } });
  }
  const daysPaid = current.filter((day) => day.status === 'paid').length;
  const totalPence = sumPence(weeks.map((week) => week.pence));
  steps.push({ id: 'total', values: { daysPaid, totalPence } });

  return {
    ok: true,
    eligible: daysPaid > 0,
    reasons: reasonsFrom(current),
    rules: spellRules,
    linkedSpells,
    waitingDays,
    daysPaid,
    weeklyRatesPence: rates,
    totalPence,
    weeks,
    steps,
  };
}
