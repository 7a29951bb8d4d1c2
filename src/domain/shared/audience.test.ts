import { describe, expect, it } from 'vitest';
import { isGreatBritain, isNation, isRole } from './audience';

describe('audience', () => {
  it('recognises the four nations and three roles, and nothing else', () => {
    expect(isNation('wales')).toBe(true);
    expect(isNation('northern-ireland')).toBe(true);
    expect(isNation('ireland')).toBe(false);
    expect(isNation(3)).toBe(false);
    expect(isRole('rep')).toBe(true);
    expect(isRole('manager')).toBe(false);
  });

  it('counts England, Wales and Scotland as Great Britain, not Northern Ireland', () => {
    expect(isGreatBritain('scotland')).toBe(true);
    expect(isGreatBritain('northern-ireland')).toBe(false);
  });
});
