import type { IsoDate } from '../shared/iso-date';

/**
 * How a row's `value` is held. Money is integer pence; percentages are basis points
 * (1207 = 12.07%); `count` is an integer, read with `decimals` when set (56 with decimals 1 = 5.6).
 */
export type RateUnit = 'pence' | 'basisPoints' | 'count';

/** One legal figure in force from `from` to `to` inclusive (`to: null` = still in force). */
export interface RateRow {
  key: string;
  from: IsoDate;
  to: IsoDate | null;
  value: number;
  unit: RateUnit;
  decimals?: number;
  /** An official page (https) where a person can check the figure. */
  source: string;
  note?: string;
}

export type MinimumWageBand =
  | '25_and_over'
  | '23_and_over'
  | '21_and_over'
  | '21_to_24'
  | '21_to_22'
  | '18_to_20'
  | '16_to_17'
  | 'apprentice';
