import type { Pence } from '../shared/money';

export interface PayInput {
  grossPayPence: Pence;
  premiumPayPence: Pence;
  deductionsForEmployerPence: Pence;
  accommodation?: { daysProvided: number; chargePence: Pence };
  /** The daily accommodation offset in force on the first day of the period (NMWM03080). */
  offsetDailyPence: Pence;
}

export interface PayForMinimumWage {
  /** The offset × days: the most accommodation can count for (zero without accommodation). */
  accommodationAllowancePence: Pence;
  /** Added to (positive) or taken from (negative) pay because of accommodation. */
  accommodationAdjustmentPence: Pence;
  payForMinimumWagePence: Pence;
}

/**
 * Accommodation is the only benefit in kind that counts towards minimum wage pay
 * (https://www.gov.uk/national-minimum-wage-accommodation):
 * - free accommodation adds the offset for each day it is provided (NMW Regulations 2015
 *   reg 9(1)(e) and reg 16);
 * - a charge up to the offset for those days makes no difference;
 * - a charge above it reduces minimum wage pay by the excess (reg 14(1)).
 * The weekly maximum is 7 × the daily rate (NMWM03080), which a per-day amount already respects.
 */
export function accommodationAdjustment(
  accommodation: PayInput['accommodation'],
  offsetDailyPence: Pence,
): { allowance: Pence; adjustment: Pence } {
  if (accommodation === undefined) return { allowance: 0, adjustment: 0 };
  const allowance = offsetDailyPence * accommodation.daysProvided;
  if (accommodation.chargePence === 0) return { allowance, adjustment: allowance };
  return { allowance, adjustment: Math.min(0, allowance - accommodation.chargePence) };
}

/**
 * Pay that counts towards the minimum wage for one pay reference period (NMW Regulations 2015
 * Part 4, reg 8: payments less reductions): gross pay, less the premium part of overtime and
 * shift pay (reg 10; HMRC NMWM09270), less deductions and payments for the employer's own use
 * and benefit or for the worker's job costs (regs 12 and 13; NMWM11020, NMWM11030), adjusted for
 * accommodation (above). Tax, National Insurance, the worker's own pension and union
 * contributions are not for the employer's benefit, so callers leave them out.
 */
export function payForMinimumWage(input: PayInput): PayForMinimumWage {
  const { allowance, adjustment } = accommodationAdjustment(input.accommodation, input.offsetDailyPence);
  return {
    accommodationAllowancePence: allowance,
    accommodationAdjustmentPence: adjustment,
    payForMinimumWagePence:
      input.grossPayPence - input.premiumPayPence - input.deductionsForEmployerPence + adjustment,
  };
}
