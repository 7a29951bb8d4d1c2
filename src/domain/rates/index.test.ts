import { describe, expect, it } from 'vitest';
import * as rates from './index';

describe('the rates module’s public face', () => {
  it('exposes the lookups other modules and the content build use', () => {
    expect(Object.keys(rates).sort()).toEqual(
      ['RATE_KEYS', 'accommodationOffsetOn', 'isRateKey', 'minimumWageRateFor', 'rateHistory', 'rateOn'].sort(),
    );
    expect(rates.rateOn('nmw.21_and_over', '2026-04-01')?.value).toBe(1271);
  });
});
