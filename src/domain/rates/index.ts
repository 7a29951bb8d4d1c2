export type { MinimumWageBand, RateRow, RateUnit } from './types';
export { RATE_KEYS, isRateKey, rateHistory, rateOn } from './rate-table';
export { accommodationOffsetOn, minimumWageRateFor, type MinimumWageRate } from './minimum-wage-rate';
