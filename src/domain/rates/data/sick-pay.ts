import type { RateRow } from '../types';
import { series } from './series';

/** Statutory Sick Pay. Tax-year figures change on 6 April. */
const GOV_SSP = 'https://www.gov.uk/statutory-sick-pay';
const SSP_2026 =
  'https://www.business.gov.uk/campaign/employment-changes/employers/statutory-sick-pay';
const SSCBA_S155 = 'https://www.legislation.gov.uk/ukpga/1992/4/section/155';
const SSCBA_S152 = 'https://www.legislation.gov.uk/ukpga/1992/4/section/152';

export const sickPayRows: readonly RateRow[] = [
  ...series('ssp.weekly_flat', 'pence', [
    { from: '2024-04-06', value: 11670, source: GOV_SSP },
    { from: '2025-04-06', value: 11875, source: GOV_SSP },
    {
      from: '2026-04-06',
      value: 12325,
      source: GOV_SSP,
      note: 'From 6 April 2026 SSP is this flat rate or 80% of average weekly earnings, whichever is lower.',
    },
  ]),
  ...series('ssp.earnings_percent', 'basisPoints', [
    {
      from: '2026-04-06',
      value: 8000,
      source: SSP_2026,
      note: 'Share of average weekly earnings paid when lower than the flat rate (absences from 6 April 2026).',
    },
  ]),
  // Social Security Contributions and Benefits Act 1992 s.155(1): no SSP for the first three
  // qualifying days; removed for absences starting on or after 6 April 2026.
  ...series('ssp.waiting_days', 'count', [
    { from: '2014-04-06', value: 3, source: SSCBA_S155 },
    { from: '2026-04-06', value: 0, source: SSP_2026 },
  ]),
  // s.155(4): at most 28 weeks in one period of entitlement.
  ...series('ssp.max_weeks', 'count', [{ from: '2014-04-06', value: 28, source: SSCBA_S155 }]),
  // s.152(3): periods of incapacity separated by 8 weeks (56 days) or less are linked.
  ...series('ssp.linking_days', 'count', [{ from: '2014-04-06', value: 56, source: SSCBA_S152 }]),
];
