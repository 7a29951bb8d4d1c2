/**
 * Statutory holiday entitlement. Error codes: 'required', 'not-a-number', 'not-whole', 'negative',
 * 'zero', 'too-large', 'too-many-decimals', 'too-many-days', 'not-a-date', 'outside-leave-year',
 * 'end-before-start', 'outside-rates-table'. Step ids: 'statutory-leave', 'full-year-leave',
 * 'full-year-leave-hours', 'capped-at-maximum', 'capped-at-maximum-hours', 'share-of-leave-year',
 * 'rounded-up-to-half', 'average-day', 'shifts-per-week', 'accrual-rate', 'period-accrual',
 * 'period-rolled-up-pay', 'rolled-up-pay-total', 'average-week', 'entitlement'.
 */
export {
  holidayEntitlement,
  type HolidayInput,
  type HolidayPattern,
  type HolidayResult,
} from './holiday-entitlement';
export { irregularHoursMethod, type IrregularMethod, type PayPeriod } from './irregular-hours';
export { leaveYearEnd } from './leave-year';
export type { FieldError, Step } from '../shared/input-checks';
