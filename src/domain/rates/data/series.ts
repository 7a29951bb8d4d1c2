import { addDays, type IsoDate } from '../../shared/iso-date';
import type { RateRow, RateUnit } from '../types';

export interface Step {
  from: IsoDate;
  value: number;
  source: string;
  note?: string;
  /** Only when a row ends without a successor (a deliberate gap or a repealed figure). */
  to?: IsoDate | null;
}

/**
 * Builds the rows of one key from its steps in date order. Each row ends the day before the next
 * one starts, so rows can never overlap or leave an accidental gap; the last row stays open
 * unless a step gives its own `to`.
 */
export function series(
  key: string,
  unit: RateUnit,
  steps: readonly Step[],
  decimals?: number,
): RateRow[] {
  return steps.map((step, index) => {
    const next = steps[index + 1];
    const to = step.to !== undefined ? step.to : next ? addDays(next.from, -1) : null;
    const row: RateRow = { key, from: step.from, to, value: step.value, unit, source: step.source };
    if (decimals !== undefined) row.decimals = decimals;
    if (step.note !== undefined) row.note = step.note;
    return row;
  });
}
