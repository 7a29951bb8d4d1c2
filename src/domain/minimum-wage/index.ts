export { checkMinimumWage } from './check-minimum-wage';
export type {
  MinimumWageCheck,
  MinimumWageError,
  MinimumWageErrorCode,
  MinimumWageHours,
  MinimumWageInput,
  MinimumWageResult,
  MinimumWageStep,
} from './types';
