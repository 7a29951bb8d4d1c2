import { describe, expect, it } from 'vitest';
import { costRatesOn, countScale } from './cost-inputs';

describe('yearly figures from the rates table', () => {
  it('reads a count row with one decimal as tenths and one without decimals as whole', () => {
    expect(countScale(1)).toBe(10);
    expect(countScale(undefined)).toBe(1);
  });

  it('gathers 2025/26 figures on 6 April 2025 (gov.uk rates and thresholds for employers 2025 to 2026)', () => {
    expect(costRatesOn('2025-04-06')).toMatchObject({
      holidayWeeksValue: 56,
      holidayWeeksScale: 10,
      secondaryThresholdPence: 500000,
      employerNiBp: 1500,
      employmentAllowancePence: 1050000,
    });
  });

  it('has nothing for a year the table does not cover', () => {
    expect(costRatesOn('2023-04-06')).toBeUndefined();
    expect(costRatesOn('2000-01-01')).toBeUndefined();
  });
});
