import { describe, expect, it } from 'vitest';
import { accommodationAdjustment, payForMinimumWage } from './pay-for-minimum-wage';

const base = { grossPayPence: 27855, premiumPayPence: 0, deductionsForEmployerPence: 0 };

describe('pay for minimum wage purposes', () => {
  it('takes off the premium part of overtime pay and deductions for the employer', () => {
    expect(
      payForMinimumWage({ ...base, premiumPayPence: 1500, deductionsForEmployerPence: 2000, offsetDailyPence: 1110 }),
    ).toEqual({ accommodationAllowancePence: 0, accommodationAdjustmentPence: 0, payForMinimumWagePence: 24355 });
  });

  it('leaves pay alone when the accommodation charge equals the offset (NMWM10210 example 1)', () => {
    // 2012/13 figures: offset £4.82 a day, 5 days, rent £24.10.
    expect(
      payForMinimumWage({ ...base, accommodation: { daysProvided: 5, chargePence: 2410 }, offsetDailyPence: 482 }),
    ).toEqual({ accommodationAllowancePence: 2410, accommodationAdjustmentPence: 0, payForMinimumWagePence: 27855 });
  });

  it('leaves pay alone when the charge is below the offset (NMWM10210 example 2)', () => {
    // £6.10 × 45 = £274.50, accommodation 7 days at £4.00 a day = £28.00, offset £33.74.
    const pay = payForMinimumWage({
      ...base,
      grossPayPence: 27450,
      accommodation: { daysProvided: 7, chargePence: 2800 },
      offsetDailyPence: 482,
    });
    expect(pay.payForMinimumWagePence).toBe(27450);
    expect(pay.accommodationAllowancePence).toBe(3374);
  });

  it('takes off only the excess over the offset (NMWM10220 example 1)', () => {
    // Rent £75.00 for 5 days, offset £4.82 × 5 = £24.10, excess £50.90, NMW pay £227.65.
    expect(
      payForMinimumWage({ ...base, accommodation: { daysProvided: 5, chargePence: 7500 }, offsetDailyPence: 482 }),
    ).toEqual({ accommodationAllowancePence: 2410, accommodationAdjustmentPence: -5090, payForMinimumWagePence: 22765 });
  });

  it('adds the offset for each day of free accommodation (gov.uk accommodation rules)', () => {
    expect(accommodationAdjustment({ daysProvided: 7, chargePence: 0 }, 1110)).toEqual({
      allowance: 7770,
      adjustment: 7770,
    });
  });

  it('adds nothing for a nominal charge, however small', () => {
    expect(accommodationAdjustment({ daysProvided: 7, chargePence: 1 }, 1110)).toEqual({
      allowance: 7770,
      adjustment: 0,
    });
  });
});
