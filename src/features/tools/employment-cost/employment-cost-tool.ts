import type { ToolDefinition } from '../flow/tool-definition';
import { CouncilLetter } from './council-letter';
import {
  EMPLOYMENT_COST_FIELD_KINDS,
  evaluateEmploymentCost,
  INITIAL_EMPLOYMENT_COST_FORM,
  restoreEmploymentCostForm,
  type EmploymentCostForm,
  type EmploymentCostOutcome,
} from './employment-cost-form';
import { describeEmploymentCost, employmentCostLabel, restoreEmploymentCostResult } from './employment-cost-result';
import { EMPLOYMENT_COST_STEPS } from './employment-cost-steps';

export const employmentCostTool: ToolDefinition<EmploymentCostForm, EmploymentCostOutcome> = {
  id: 'employment-cost',
  ns: 'tools.employmentCost',
  idPrefix: 'cost',
  initial: INITIAL_EMPLOYMENT_COST_FORM,
  fieldKinds: EMPLOYMENT_COST_FIELD_KINDS,
  steps: EMPLOYMENT_COST_STEPS,
  restoreForm: restoreEmploymentCostForm,
  restoreResult: restoreEmploymentCostResult,
  evaluate: evaluateEmploymentCost,
  describe: describeEmploymentCost,
  defaultLabel: employmentCostLabel,
  ResultExtra: CouncilLetter,
};
