import { describe, expect, it } from 'vitest';
import * as minimumWage from './index';

describe('the minimum-wage module’s public face', () => {
  it('exposes only checkMinimumWage', () => {
    expect(Object.keys(minimumWage)).toEqual(['checkMinimumWage']);
  });
});
