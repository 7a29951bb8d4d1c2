// @vitest-environment jsdom
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MinimumWageErrorCode } from '../../../domain/minimum-wage';
import { ensureFeatureStrings, initI18n } from '../../../i18n/i18n';
import { employmentCostTool } from '../employment-cost/employment-cost-tool';
import { holidayTool } from '../holiday/holiday-tool';
import { minimumWageTool } from '../minimum-wage/minimum-wage-tool';
import { sickPayTool } from '../sick-pay/sick-pay-tool';
import type { FieldKind } from './tool-definition';
import { fieldId, messageFor, splitField, targetFor } from './messages';

beforeAll(async () => {
  await initI18n('en');
  await ensureFeatureStrings('en');
});

const TOOLS = [minimumWageTool, holidayTool, sickPayTool, employmentCostTool];

/** Every reason the parsers give, by kind of field. */
const PARSE_CODES: Record<FieldKind, readonly string[]> = {
  money: ['required', 'not-money', 'too-many-decimals', 'negative', 'too-large'],
  hours: ['required', 'not-hours', 'minutes-too-large', 'too-many-decimals', 'negative', 'too-large'],
  number: ['required', 'not-a-number', 'not-whole', 'too-many-decimals', 'negative', 'too-large'],
  date: ['required', 'missing-day', 'missing-month', 'missing-year', 'missing-day-month', 'missing-day-year', 'missing-month-year', 'not-a-number', 'year-four-digits', 'not-a-date'],
  choice: ['required'],
};

// Written as a record so adding a code to the calculator's type fails this test until it has words.
const MINIMUM_WAGE_CODES: Record<MinimumWageErrorCode, true> = {
  required: true,
  'not-a-date': true,
  'not-a-number': true,
  'not-a-whole-number': true,
  'not-whole-pence': true,
  'end-before-start': true,
  'period-too-long': true,
  'future-period': true,
  negative: true,
  'too-many-hours': true,
  'under-16': true,
  'age-does-not-match-date-of-birth': true,
  'before-rates-table': true,
  'premium-more-than-pay': true,
  'days-more-than-period': true,
};

/** The codes the other calculators document in their index.ts. */
const OTHER_DOMAIN_CODES = [
  'required', 'not-a-number', 'not-whole', 'negative', 'zero', 'too-large', 'too-many-decimals', 'too-many-days',
  'not-a-date', 'outside-leave-year', 'end-before-start', 'outside-rates-table', 'overlap', 'duplicate', 'under-minimum-age',
];

const fallback = () => i18next.t('tools.errors.fallback');

describe('error messages', () => {
  it('has words for every code any calculator can return', () => {
    for (const code of [...Object.keys(MINIMUM_WAGE_CODES), ...OTHER_DOMAIN_CODES]) {
      expect(i18next.exists(`tools.errors.generic.${code}`), code).toBe(true);
    }
  });

  it('gives every field a finished message for every problem its parser can report', () => {
    for (const tool of TOOLS) {
      for (const [field, kind] of Object.entries(tool.fieldKinds)) {
        const sample = ['periodHours', 'periodPay', 'earlierStart', 'earlierEnd'].includes(field) ? `${field}.1` : field;
        for (const code of PARSE_CODES[kind]) {
          const message = messageFor(tool, { field: sample, code }, i18next.t);
          expect(message, `${tool.id} ${field} ${code}`).not.toMatch(/{{|}}|tools\./);
          expect(message).not.toBe(fallback());
        }
      }
    }
  });

  it('gives every field its own message when it is missing, never a generic one', () => {
    const optional = new Set([
      'travelHours', 'trainingHours', 'waitingHours', 'sleepInHours', 'premiumPay', 'deductions',
      'hoursPerShift', 'periodPay', 'averageDayHours', 'weeksAlreadyPaid', 'paidWeeks', 'numberOfPas',
      'insurance', 'payroll', 'training', 'vetting',
    ]);
    for (const tool of TOOLS) {
      for (const field of Object.keys(tool.fieldKinds).filter((f) => !optional.has(f))) {
        expect(i18next.exists(`${tool.ns}.errors.${field}.required`), `${tool.id} ${field}`).toBe(true);
      }
    }
  });

  it('maps each of the minimum wage calculator’s codes to a message at a field', () => {
    const at: Partial<Record<MinimumWageErrorCode, string>> = {
      'end-before-start': 'periodEnd',
      'period-too-long': 'periodEnd',
      'future-period': 'periodStart',
      'before-rates-table': 'periodStart',
      'too-many-hours': 'basicHours',
      'under-16': 'age',
      'premium-more-than-pay': 'premiumPay',
      'days-more-than-period': 'accommodationDays',
    };
    for (const [code, field] of Object.entries(at)) {
      const message = messageFor(minimumWageTool, { field, code }, i18next.t);
      expect(i18next.exists(`tools.minimumWage.errors.${field}.${code}`), code).toBe(true);
      expect(message).not.toMatch(/{{/);
    }
  });

  it('names the row in messages about a list', () => {
    expect(messageFor(holidayTool, { field: 'periodHours.2', code: 'not-hours' }, i18next.t)).toBe(
      'Hours worked in pay period 3 must be a number of hours, like 7.5 or 7:30',
    );
    expect(splitField('earlierStart.0')).toEqual({ base: 'earlierStart', index: 0 });
  });

  it('points error links at the element to focus', () => {
    expect(targetFor(minimumWageTool, { field: 'periodEnd', code: 'missing-month', parts: ['month'] })).toBe('mw-periodEnd-month');
    expect(targetFor(minimumWageTool, { field: 'asker', code: 'required' })).toBe('mw-asker-first');
    expect(targetFor(holidayTool, { field: 'periodHours.1', code: 'required' })).toBe('hol-periodHours-1');
    expect(fieldId(sickPayTool, 'earlierEnd.0')).toBe('ssp-earlierEnd-0');
  });
});
