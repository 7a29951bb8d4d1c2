import type { ToolDefinition } from '../flow/tool-definition';
import { evaluateSickPay, INITIAL_SICK_PAY_FORM, restoreSickPayForm, SICK_PAY_FIELD_KINDS, type SickPayCheck, type SickPayForm } from './sick-pay-form';
import { describeSickPay, restoreSickPayResult, sickPayLabel } from './sick-pay-result';
import { SICK_PAY_STEPS } from './sick-pay-steps';

export const sickPayTool: ToolDefinition<SickPayForm, SickPayCheck> = {
  id: 'sick-pay',
  ns: 'tools.sickPay',
  idPrefix: 'ssp',
  initial: INITIAL_SICK_PAY_FORM,
  fieldKinds: SICK_PAY_FIELD_KINDS,
  steps: SICK_PAY_STEPS,
  restoreForm: restoreSickPayForm,
  restoreResult: restoreSickPayResult,
  evaluate: evaluateSickPay,
  describe: describeSickPay,
  defaultLabel: sickPayLabel,
};
