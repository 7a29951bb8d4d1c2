import type { MinimumWageCheck } from '../../../domain/minimum-wage';
import type { ToolDefinition } from '../flow/tool-definition';
import {
  evaluateMinimumWage,
  INITIAL_MINIMUM_WAGE_FORM,
  MINIMUM_WAGE_FIELD_KINDS,
  restoreMinimumWageForm,
  type MinimumWageForm,
} from './minimum-wage-form';
import { describeMinimumWage, minimumWageLabel, restoreMinimumWageResult } from './minimum-wage-result';
import { MINIMUM_WAGE_STEPS } from './minimum-wage-steps';

export const minimumWageTool: ToolDefinition<MinimumWageForm, MinimumWageCheck> = {
  id: 'minimum-wage',
  ns: 'tools.minimumWage',
  idPrefix: 'mw',
  initial: INITIAL_MINIMUM_WAGE_FORM,
  fieldKinds: MINIMUM_WAGE_FIELD_KINDS,
  steps: MINIMUM_WAGE_STEPS,
  restoreForm: restoreMinimumWageForm,
  restoreResult: restoreMinimumWageResult,
  evaluate: (form, today) => {
    const evaluation = evaluateMinimumWage(form, today);
    return evaluation.ok ? { ok: true, result: evaluation.result } : evaluation;
  },
  describe: describeMinimumWage,
  defaultLabel: minimumWageLabel,
};
