import { describe, expect, it } from 'vitest';
import type { Template } from '../../content/model';
import {
  hasAnyInput, missingRequiredFields, notANumberFields, restoreTemplateValues, templateDraftKey, templateProblems,
} from './template-values';

const template: Template = {
  id: 'sample',
  title: 'Sample',
  summary: 'A sample.',
  roles: ['employer'],
  nations: ['england'],
  reviewed: '2026-01-01',
  sources: [],
  translation: 'original',
  sections: [
    {
      id: 'only',
      heading: 'Only',
      fields: [
        { id: 'name', label: 'Name', type: 'text', required: true },
        { id: 'agree', label: 'Agreed', type: 'checkbox', required: true },
        { id: 'hours', label: 'Hours', type: 'number', required: false },
        { id: 'pay', label: 'Pay', type: 'money', required: true },
      ],
    },
  ],
};

describe('template answers', () => {
  it('keeps each template under its own draft key', () => {
    expect(templateDraftKey('timesheet')).toBe('template:timesheet');
  });

  it('restores text and ticks from a stored draft and drops anything else', () => {
    expect(restoreTemplateValues({ name: 'Ana', agree: true, hours: 7, nested: { a: 1 }, gone: null })).toEqual({ name: 'Ana', agree: true });
  });

  it('refuses a stored draft that is not an object of answers', () => {
    expect(restoreTemplateValues('text')).toBeUndefined();
    expect(restoreTemplateValues(null)).toBeUndefined();
    expect(restoreTemplateValues(['a'])).toBeUndefined();
  });

  it('finds required fields left empty, counting spaces as empty and an unticked box as missing', () => {
    const missing = missingRequiredFields(template, { name: '  ', agree: false, pay: '£12.50' });
    expect(missing.map((field) => field.id)).toEqual(['name', 'agree']);
  });

  it('accepts whole and decimal numbers with a point or a comma, and flags words in number fields', () => {
    expect(notANumberFields(template, { hours: '37.5' })).toEqual([]);
    expect(notANumberFields(template, { hours: '7,5' })).toEqual([]);
    expect(notANumberFields(template, { hours: '' })).toEqual([]);
    expect(notANumberFields(template, { hours: 'about 7' }).map((field) => field.id)).toEqual(['hours']);
  });

  it('lists every problem in the order of the form', () => {
    const problems = templateProblems(template, { hours: 'lots', agree: true });
    expect(problems.map((p) => [p.field.id, p.kind])).toEqual([['name', 'required'], ['hours', 'number'], ['pay', 'required']]);
  });

  it('knows when nothing has been typed yet', () => {
    expect(hasAnyInput({})).toBe(false);
    expect(hasAnyInput({ name: ' ', agree: false })).toBe(false);
    expect(hasAnyInput({ agree: true })).toBe(true);
  });
});
