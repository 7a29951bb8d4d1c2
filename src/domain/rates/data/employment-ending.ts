import type { RateRow } from '../types';
import { series } from './series';

/** Redundancy, notice and right-to-work figures (Employment Rights Act 1996 and Home Office). */
const REDUNDANCY_PAY = 'https://www.gov.uk/redundant-your-rights/redundancy-pay';
const ERA_S155 = 'https://www.legislation.gov.uk/ukpga/1996/18/section/155';
const ERA_S86 = 'https://www.legislation.gov.uk/ukpga/1996/18/section/86';
const RTW_PENALTIES =
  'https://www.gov.uk/government/publications/right-to-work-checks-employers-guide';
const GB_ONLY = 'Great Britain; Northern Ireland sets its own limit.';

export const employmentEndingRows: readonly RateRow[] = [
  // The cap on a week's pay for statutory redundancy pay, changed each 6 April.
  ...series('redundancy.week_pay_cap', 'pence', [
    { from: '2025-04-06', value: 71900, source: REDUNDANCY_PAY, note: GB_ONLY },
    { from: '2026-04-06', value: 75100, source: REDUNDANCY_PAY, note: GB_ONLY },
  ]),
  // ERA 1996 s.155: two years' continuous employment to qualify (in force from 22 August 1996).
  ...series('redundancy.min_service_years', 'count', [
    { from: '1996-08-22', value: 2, source: ERA_S155 },
  ]),
  // ERA 1996 s.86(1)(c): one week per complete year, up to 12 weeks' notice from the employer.
  ...series('notice.max_weeks', 'count', [{ from: '1996-08-22', value: 12, source: ERA_S86 }]),
  // Civil penalty per illegal worker for breaches found from 13 February 2024.
  ...series('rtw.civil_penalty_first', 'pence', [
    { from: '2024-02-13', value: 4_500_000, source: RTW_PENALTIES },
  ]),
  ...series('rtw.civil_penalty_repeat', 'pence', [
    { from: '2024-02-13', value: 6_000_000, source: RTW_PENALTIES },
  ]),
];
