import { describe, expect, it } from 'vitest';
import { accrualLeave, irregularHoursMethod } from './irregular-hours';

const LEAVE = { weeksValue: 56, weeksScale: 10, maxDays: 28 };

describe('which irregular-hours rule applies', () => {
  it('uses 12.07% accrual in GB for leave years starting on or after 1 April 2024 (WTR reg 15B)', () => {
    expect(irregularHoursMethod('england', '2024-04-01')).toBe('accrual');
    expect(irregularHoursMethod('wales', '2025-01-01')).toBe('accrual');
    expect(irregularHoursMethod('scotland', '2024-03-31')).toBe('average-week');
  });

  it('never uses accrual in Northern Ireland, where reg 15B does not extend', () => {
    expect(irregularHoursMethod('northern-ireland', '2026-04-01')).toBe('average-week');
  });
});

describe('accrual rounding (GOV.UK calculator: half an hour or more rounds up to the hour)', () => {
  it('rounds exactly half an hour up to a whole hour', () => {
    // 12.07% never lands exactly on 30 minutes, so a test rate does: 10000 minutes × 0.30%.
    expect(accrualLeave([{ minutesWorked: 10_000 }], 30, undefined, LEAVE).minutes).toBe(60);
  });

  it('keeps 29 minutes as 29', () => {
    expect(accrualLeave([{ minutesWorked: 10_000 }], 29, undefined, LEAVE).minutes).toBe(29);
  });

  it('rounds 1 h 36 min (1.6 h) up to 2 h, and keeps 1 h 24 min exact', () => {
    expect(accrualLeave([{ minutesWorked: 960 }], 1000, undefined, LEAVE).minutes).toBe(120);
    expect(accrualLeave([{ minutesWorked: 840 }], 1000, undefined, LEAVE).minutes).toBe(84);
  });

  it('does not cap when the total is within 28 average days', () => {
    const result = accrualLeave([{ minutesWorked: 600 }], 1207, 480, LEAVE);
    expect(result.steps.map((step) => step.id)).not.toContain('capped-at-maximum-hours');
  });
});
