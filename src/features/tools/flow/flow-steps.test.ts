import { describe, expect, it } from 'vitest';
import { holidayTool } from '../holiday/holiday-tool';
import { INITIAL_HOLIDAY_FORM, type HolidayForm } from '../holiday/holiday-form';
import { applicableSteps, hasAnswers, issuesForStep, stepForField } from './flow-steps';

describe('flow steps', () => {
  it('leaves out steps that do not apply to the answers so far', () => {
    const regular = applicableSteps(holidayTool, { ...INITIAL_HOLIDAY_FORM, pattern: 'shifts' } satisfies HolidayForm).map((step) => step.id);
    const irregular = applicableSteps(holidayTool, { ...INITIAL_HOLIDAY_FORM, pattern: 'irregular-hours' } satisfies HolidayForm).map((step) => step.id);
    expect(regular).toEqual(['job', 'leave-year', 'working-pattern']);
    expect(irregular).toEqual(['job', 'leave-year', 'hours-worked']);
  });

  it('lists a step’s problems in page order, rows in row order, one per field', () => {
    const step = holidayTool.steps.find((candidate) => candidate.id === 'hours-worked')!;
    const issues = issuesForStep(step, {
      ok: false,
      issues: [
        { field: 'averageDayHours', code: 'not-hours' },
        { field: 'periodPay.1', code: 'not-money' },
        { field: 'periodHours.1', code: 'required' },
        { field: 'periodHours.0', code: 'required' },
        { field: 'periodHours.0', code: 'too-large' },
        { field: 'nation', code: 'required' },
      ],
    });
    expect(issues.map((issue) => `${issue.field}:${issue.code}`)).toEqual([
      'periodHours.0:required',
      'periodHours.1:required',
      'periodPay.1:not-money',
      'averageDayHours:not-hours',
    ]);
  });

  it('finds the step that asks a field, and knows when anything has been answered', () => {
    expect(stepForField(holidayTool, INITIAL_HOLIDAY_FORM, 'leavingDate')?.id).toBe('leave-year');
    expect(hasAnswers(INITIAL_HOLIDAY_FORM, INITIAL_HOLIDAY_FORM)).toBe(false);
    expect(hasAnswers<HolidayForm>({ ...INITIAL_HOLIDAY_FORM, nation: 'wales' }, INITIAL_HOLIDAY_FORM)).toBe(true);
  });
});
