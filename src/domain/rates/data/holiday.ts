import type { RateRow } from '../types';
import { series } from './series';

/** Statutory annual leave (Working Time Regulations 1998 regs 13, 13A and 15B). */
const REG_13A = 'https://www.legislation.gov.uk/uksi/1998/1833/regulation/13A';
const REG_15B = 'https://www.legislation.gov.uk/uksi/1998/1833/regulation/15B';

export const holidayRows: readonly RateRow[] = [
  // 4 weeks (reg 13) + 1.6 weeks (reg 13A) since 1 April 2009, capped at 28 days.
  ...series('holiday.weeks', 'count', [{ from: '2009-04-01', value: 56, source: REG_13A }], 1),
  ...series('holiday.max_days', 'count', [{ from: '2009-04-01', value: 28, source: REG_13A }]),
  ...series('holiday.irregular_accrual_percent', 'basisPoints', [
    {
      from: '2024-04-01',
      value: 1207,
      source: REG_15B,
      note:
        'Great Britain only, for irregular-hours and part-year workers, in leave years starting on or after 1 April 2024.',
    },
  ]),
];
