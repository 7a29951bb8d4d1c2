import type { MinimumWageHours } from './types';

export const SECONDS_PER_HOUR = 3600;

/** Hours converted to whole seconds, so sums and comparisons are exact integers. */
export interface WorkingTime {
  basic: number;
  travel: number;
  training: number;
  waiting: number;
  sleepInAwake: number;
  total: number;
}

/**
 * Each figure is rounded to the nearest second before adding up, so 20 minutes typed as 0.3333
 * hours counts as exactly 20 minutes and floating-point noise never moves the result.
 */
export function toSeconds(hours: number): number {
  return Math.round(hours * SECONDS_PER_HOUR);
}

/**
 * The hours that count for the minimum wage in one pay reference period: the total of hours of
 * time work (NMW Regulations 2015 reg 31), which are:
 * - basic hours worked (reg 30);
 * - travel for the purposes of work when the worker would otherwise be working, such as a care
 *   worker travelling from one visit to the next (reg 34; HMRC NMWM08490). Travel between home
 *   and the first or last place of work does not count (reg 34(1); HMRC v Taylors Services Ltd,
 *   Court of Appeal 2025);
 * - training when the worker would otherwise be working (reg 33);
 * - time available, and required to be available, at or near the workplace for work, unless at
 *   home (reg 32(1)); on call at home is not counted;
 * - during a sleep-in, only time awake for the purposes of working (reg 32(2); Royal Mencap
 *   Society v Tomlinson-Blake [2021] UKSC 8). Time asleep, or awake but only "listening out",
 *   does not count.
 */
export function countWorkingTime(hours: MinimumWageHours): WorkingTime {
  const basic = toSeconds(hours.basic);
  const travel = toSeconds(hours.travelBetweenAssignments ?? 0);
  const training = toSeconds(hours.training ?? 0);
  const waiting = toSeconds(hours.waitingOrOnCallAtWork ?? 0);
  const sleepInAwake = toSeconds(hours.sleepInAwakeForWork ?? 0);
  return {
    basic,
    travel,
    training,
    waiting,
    sleepInAwake,
    total: basic + travel + training + waiting + sleepInAwake,
  };
}
