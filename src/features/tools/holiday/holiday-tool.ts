import type { ToolDefinition } from '../flow/tool-definition';
import { evaluateHoliday, HOLIDAY_FIELD_KINDS, INITIAL_HOLIDAY_FORM, restoreHolidayForm, type HolidayCheck, type HolidayForm } from './holiday-form';
import { describeHoliday, holidayLabel, restoreHolidayResult } from './holiday-result';
import { HOLIDAY_STEPS } from './holiday-steps';

export const holidayTool: ToolDefinition<HolidayForm, HolidayCheck> = {
  id: 'holiday',
  ns: 'tools.holiday',
  idPrefix: 'hol',
  initial: INITIAL_HOLIDAY_FORM,
  fieldKinds: HOLIDAY_FIELD_KINDS,
  steps: HOLIDAY_STEPS,
  restoreForm: restoreHolidayForm,
  restoreResult: restoreHolidayResult,
  evaluate: evaluateHoliday,
  describe: describeHoliday,
  defaultLabel: holidayLabel,
};
