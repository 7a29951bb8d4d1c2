import { describe, expect, it } from 'vitest';
import { porterStem } from './english-stem';

describe('the English stemmer', () => {
  it.each([
    ['caresses', 'caress'], ['ponies', 'poni'], ['cats', 'cat'], ['feed', 'feed'], ['agreed', 'agre'],
    ['plastered', 'plaster'], ['motoring', 'motor'], ['sing', 'sing'], ['conflated', 'conflat'], ['hopping', 'hop'],
    ['falling', 'fall'], ['hissing', 'hiss'], ['filing', 'file'], ['relational', 'relat'], ['conditional', 'condit'],
    ['hopeful', 'hope'], ['goodness', 'good'], ['allowance', 'allow'], ['adjustment', 'adjust'], ['adoption', 'adopt'],
    ['effective', 'effect'], ['generalizations', 'gener'], ['controlling', 'control'],
  ])('stems %s as Porter does (%s)', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });

  it('brings the forms of a word people search for together', () => {
    expect(porterStem('died')).toBe(porterStem('dies'));
    expect(porterStem('dismissed')).toBe(porterStem('dismissal'));
    expect(porterStem('policies')).toBe(porterStem('policy'));
    expect(porterStem('holidays')).toBe(porterStem('holiday'));
    expect(porterStem('employed')).toBe(porterStem('employer'));
    expect(porterStem('injured').startsWith(porterStem('injure'))).toBe(true);
  });

  it('keeps a final y after a vowel', () => {
    expect(porterStem('pay')).toBe('pay');
    expect(porterStem('employ')).toBe('employ');
  });

  it('leaves short words, capitals already folded away, and non-letters alone', () => {
    expect(porterStem('is')).toBe('is');
    expect(porterStem('12.71')).toBe('12.71');
    expect(porterStem('café')).toBe('café');
  });
});
