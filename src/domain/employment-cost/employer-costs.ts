import { percentOf, scalePence, type Pence } from '../shared/money';
import type { Step } from '../shared/input-checks';
import type { AllowanceShare, CostRates } from './cost-inputs';

/**
 * Employer's Class 1 (secondary) National Insurance, worked out on the year's earnings against the
 * yearly secondary threshold (https://www.gov.uk/guidance/rates-and-thresholds-for-employers-2025-to-2026).
 * Payroll works it out each pay period against the period's threshold; for steady pay the yearly
 * figure is within a few pence of the sum (weekly: 52 × £96 = £4,992 against £5,000 a year), and a
 * budget check needs no more. Holiday pay is earnings, so it is included.
 *
 * Workers under 21: employers pay 0% up to the upper secondary threshold, then the full rate
 * (Social Security Contributions and Benefits Act 1992 s.9A,
 * https://www.legislation.gov.uk/ukpga/1992/4/section/9A).
 */
export function employerNationalInsurance(
  earnings: Pence,
  workerAge: number,
  rates: CostRates,
  steps: Step[],
): Pence {
  const under21 = workerAge < rates.under21ReliefAge;
  const threshold = under21 ? rates.under21ThresholdPence : rates.secondaryThresholdPence;
  const ni = percentOf(Math.max(0, earnings - threshold), rates.employerNiBp);
  steps.push({
    id: 'employer-national-insurance',
    values: {
      earningsPence: earnings,
      thresholdPence: threshold,
      rateBasisPoints: rates.employerNiBp,
      under21: under21 ? 'yes' : 'no',
      employerNiPence: ni,
    },
  });
  return ni;
}

/**
 * The Employment Allowance this PA's National Insurance can use. Individuals employing care or
 * support workers can claim it (HMRC National Insurance Manual NIM06520,
 * https://www.gov.uk/hmrc-internal-manuals/national-insurance-manual/nim06520), but there is one
 * allowance per employer, set against all their employer National Insurance. We share it in
 * proportion to each PA's National Insurance when the others' total is known, or equally between
 * `numberOfPas` PAs on similar pay; a PA never gets more than their own National Insurance.
 */
export function employmentAllowanceFor(
  ni: Pence,
  share: AllowanceShare | undefined,
  rates: CostRates,
  steps: Step[],
): Pence {
  if (share === undefined || ni === 0) return 0;
  const allowance = rates.employmentAllowancePence;
  const available =
    share.kind === 'other-pas-ni'
      ? scalePence(allowance, ni, ni + share.otherPasNiPence)
      : scalePence(allowance, 1, share.numberOfPas);
  const reduction = Math.min(ni, available);
  steps.push({
    id: 'employment-allowance',
    values: { allowancePence: allowance, shareRule: share.kind, reductionPence: reduction },
  });
  return reduction;
}

/**
 * Employer pension contribution under automatic enrolment (Pensions Act 2008 ss.3 and 13,
 * https://www.legislation.gov.uk/ukpga/2008/30/section/3): a worker aged 22 to State Pension age
 * earning more than the trigger must be enrolled, and the employer pays at least 3% of qualifying
 * earnings (the part between the lower and upper limits). Worked yearly, like National Insurance;
 * payroll assesses each pay period. Workers who are not eligible can still ask to join, and those
 * earning above the lower limit then get the employer contribution too; that is noted, not costed.
 */
export function employerPension(
  earnings: Pence,
  workerAge: number,
  overStatePensionAge: boolean,
  rates: CostRates,
  steps: Step[],
): Pence {
  const reason =
    workerAge < rates.pensionMinAge
      ? 'under-minimum-age'
      : overStatePensionAge
        ? 'over-state-pension-age'
        : earnings <= rates.pensionTriggerPence
          ? 'earnings-below-trigger'
          : null;
  if (reason !== null) {
    steps.push({
      id: 'pension-not-due',
      values: { reason, earningsPence: earnings, triggerPence: rates.pensionTriggerPence },
    });
    if (earnings > rates.qualifyingLowerPence) {
      steps.push({ id: 'pension-opt-in-possible', values: { lowerLimitPence: rates.qualifyingLowerPence } });
    }
    return 0;
  }
  const qualifying = Math.min(earnings, rates.qualifyingUpperPence) - rates.qualifyingLowerPence;
  const contribution = percentOf(qualifying, rates.employerPensionBp);
  steps.push({
    id: 'employer-pension',
    values: {
      qualifyingEarningsPence: qualifying,
      rateBasisPoints: rates.employerPensionBp,
      employerPensionPence: contribution,
    },
  });
  return contribution;
}
