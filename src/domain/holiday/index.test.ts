import { describe, expect, it } from 'vitest';
import { holidayEntitlement, irregularHoursMethod, leaveYearEnd } from './index';

describe('holiday public API', () => {
  it('exposes the calculator and the helpers the UI needs before asking questions', () => {
    expect(irregularHoursMethod('northern-ireland', '2026-04-01')).toBe('average-week');
    expect(leaveYearEnd('2026-04-01')).toBe('2027-03-31');
    const result = holidayEntitlement({ nation: 'england', leaveYearStart: '2026-04-01', pattern: 'days-per-week', daysPerWeek: 5 });
    expect(result.ok && result.days).toBe(28);
  });
});
