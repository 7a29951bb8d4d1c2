import type { Pence } from '../shared/money';
import { SECONDS_PER_HOUR } from './working-time';

/**
 * Pay needed for `seconds` of working time at `ratePence` an hour, rounded half up to the penny
 * (a total of 1.5p or more above a whole penny rounds up). Whole seconds × whole pence keeps the
 * sum an exact integer, so the rounding never depends on floating-point noise.
 */
export function requiredPayPence(seconds: number, ratePence: number): Pence {
  return Math.floor((2 * seconds * ratePence + SECONDS_PER_HOUR) / (2 * SECONDS_PER_HOUR));
}

/**
 * Arrears owed today for an underpayment in an earlier pay reference period (National Minimum
 * Wage Act 1998 s.17; HMRC NMWM13160): the underpayment ÷ the rate that applied then × the rate
 * that applies now, rounded half up to the penny, when the rate has gone up; otherwise the
 * underpayment itself. The worker never gets less than the underpayment.
 */
export function arrearsAtCurrentRate(
  shortfallPence: Pence,
  rateThenPence: number,
  rateNowPence: number,
): Pence {
  if (rateNowPence <= rateThenPence) return shortfallPence;
  const uprated = Math.floor(
    (2 * shortfallPence * rateNowPence + rateThenPence) / (2 * rateThenPence),
  );
  return Math.max(shortfallPence, uprated);
}
