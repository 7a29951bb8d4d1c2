import type { RateRow } from '../types';
import { series } from './series';

/**
 * The Real Living Wage: a voluntary rate set each autumn by the Living Wage Foundation, not a
 * legal minimum. Dates are the announcement day; accredited employers have until the following
 * 1 May to pay it.
 */
const RLW = 'https://www.livingwage.org.uk/what-real-living-wage';
const VOLUNTARY = 'Voluntary rate; employers have until 1 May after the announcement to pay it.';

export const livingWageRows: readonly RateRow[] = [
  ...series('rlw.uk', 'pence', [
    { from: '2024-10-22', value: 1260, source: RLW, note: VOLUNTARY },
    { from: '2025-10-22', value: 1345, source: RLW, note: VOLUNTARY },
  ]),
  ...series('rlw.london', 'pence', [
    { from: '2024-10-22', value: 1385, source: RLW, note: VOLUNTARY },
    { from: '2025-10-22', value: 1480, source: RLW, note: VOLUNTARY },
  ]),
];
