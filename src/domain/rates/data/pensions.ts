import type { RateRow } from '../types';
import { series } from './series';

/**
 * Workplace pension automatic enrolment (Pensions Act 2008). Rows start with the 2024/25 tax
 * year, the earliest one these figures were checked for; they were unchanged through 2026/27.
 */
const S3 = 'https://www.legislation.gov.uk/ukpga/2008/30/section/3';
const S13 = 'https://www.legislation.gov.uk/ukpga/2008/30/section/13';
const CONTRIBUTIONS = 'https://www.gov.uk/workplace-pensions/what-you-your-employer-and-the-government-pay';

export const pensionRows: readonly RateRow[] = [
  ...series('pension.trigger_yearly', 'pence', [{ from: '2024-04-06', value: 1000000, source: S3 }]),
  ...series('pension.min_age', 'count', [{ from: '2024-04-06', value: 22, source: S3 }]),
  ...series('pension.qualifying_lower_yearly', 'pence', [
    { from: '2024-04-06', value: 624000, source: S13 },
  ]),
  ...series('pension.qualifying_upper_yearly', 'pence', [
    { from: '2024-04-06', value: 5027000, source: S13 },
  ]),
  // The phased increases ended on 6 April 2019: 3% employer, 8% in total, of qualifying earnings.
  ...series('pension.employer_min_percent', 'basisPoints', [
    { from: '2019-04-06', value: 300, source: CONTRIBUTIONS },
  ]),
  ...series('pension.total_min_percent', 'basisPoints', [
    { from: '2019-04-06', value: 800, source: CONTRIBUTIONS },
  ]),
];
