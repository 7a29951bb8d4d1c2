/**
 * Statutory Sick Pay. Error codes: 'required', 'not-a-number', 'not-whole', 'negative', 'zero',
 * 'too-large', 'too-many-decimals', 'too-many-days', 'not-a-date', 'end-before-start', 'overlap',
 * 'duplicate', 'outside-rates-table'. Reasons: see `SspReason`. Step ids: 'rules-in-force',
 * 'not-a-period-of-incapacity', 'linked-with-earlier', 'earnings-test', 'weeks-already-paid',
 * 'waiting-days', 'weekly-rate', 'week', 'maximum-reached', 'total'.
 */
export {
  statutorySickPay,
  type SickPayResult,
  type SspReason,
  type SspWeek,
} from './statutory-sick-pay';
export type { SickPayInput } from './sick-pay-input';
export type { LinkedSpell, Spell } from './linked-series';
export type { FieldError, Step } from '../shared/input-checks';
