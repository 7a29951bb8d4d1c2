/**
 * The cost of employing a PA, and the highest wage a direct-payment rate funds. Error codes:
 * 'required', 'not-a-number', 'not-whole', 'negative', 'zero', 'too-large', 'not-a-date',
 * 'outside-rates-table', 'under-minimum-age'. Step ids: 'paid-and-worked-hours', 'gross-pay',
 * 'employer-national-insurance', 'employment-allowance', 'employer-pension', 'pension-not-due',
 * 'pension-opt-in-possible', 'other-costs', 'total', 'council-rate', 'minimum-wage',
 * 'fixed-costs-exceed-rate', 'real-living-wage'.
 */
export { employmentCost, type CostBreakdown, type EmploymentCostResult } from './employment-cost';
export { highestFundedHourlyWage, type FundedWageInput, type FundedWageResult } from './highest-funded-wage';
export type { EmploymentCostInput } from './cost-inputs';
export type { FieldError, Step } from '../shared/input-checks';
