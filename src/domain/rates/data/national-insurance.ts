import type { RateRow } from '../types';
import { series } from './series';

/** Class 1 National Insurance figures employers need. Tax years start on 6 April. */
const Y2024 = 'https://www.gov.uk/guidance/rates-and-thresholds-for-employers-2024-to-2025';
const Y2025 = 'https://www.gov.uk/guidance/rates-and-thresholds-for-employers-2025-to-2026';
const Y2026 = 'https://www.gov.uk/guidance/rates-and-thresholds-for-employers-2026-to-2027';
const EMPLOYMENT_ALLOWANCE = 'https://www.gov.uk/claim-employment-allowance';

export const nationalInsuranceRows: readonly RateRow[] = [
  ...series('ni.lower_earnings_limit_weekly', 'pence', [
    { from: '2024-04-06', value: 12300, source: Y2024 },
    { from: '2025-04-06', value: 12500, source: Y2025 },
    { from: '2026-04-06', value: 12900, source: Y2026 },
  ]),
  ...series('ni.secondary_threshold_yearly', 'pence', [
    { from: '2024-04-06', value: 910000, source: Y2024 },
    { from: '2025-04-06', value: 500000, source: Y2025 },
  ]),
  ...series('ni.secondary_threshold_weekly', 'pence', [
    { from: '2024-04-06', value: 17500, source: Y2024 },
    { from: '2025-04-06', value: 9600, source: Y2025 },
  ]),
  // Employers pay no Class 1 NI for workers under 21 on earnings up to this threshold.
  ...series('ni.upper_secondary_threshold_under_21_yearly', 'pence', [
    { from: '2024-04-06', value: 5027000, source: Y2024 },
  ]),
  // Social Security Contributions and Benefits Act 1992 s.9A: employers pay no Class 1 NI below the
  // upper secondary threshold for employees under this age (since 6 April 2015).
  ...series('ni.under_21_relief_age', 'count', [
    { from: '2015-04-06', value: 21, source: 'https://www.legislation.gov.uk/ukpga/1992/4/section/9A' },
  ]),
  ...series('ni.employer_rate', 'basisPoints', [
    { from: '2024-04-06', value: 1380, source: Y2024 },
    { from: '2025-04-06', value: 1500, source: Y2025 },
  ]),
  // Care and support employers may claim it (HMRC National Insurance Manual NIM06520).
  ...series('ni.employment_allowance', 'pence', [
    { from: '2022-04-06', value: 500000, source: EMPLOYMENT_ALLOWANCE },
    { from: '2025-04-06', value: 1050000, source: EMPLOYMENT_ALLOWANCE },
  ]),
];
