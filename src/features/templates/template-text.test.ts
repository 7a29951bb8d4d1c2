import { describe, expect, it } from 'vitest';
import type { Template } from '../../content/model';
import { BLANK_LINE, displayValue, templateToText } from './template-text';

const template: Template = {
  id: 'sample',
  title: 'Sample statement',
  summary: 'A sample.',
  roles: ['employer'],
  nations: ['england'],
  reviewed: '2026-01-01',
  sources: [],
  translation: 'original',
  sections: [
    {
      id: 'people',
      heading: 'Who',
      intro: [{ t: 'text', v: 'Guidance that is not part of the document.' }],
      fields: [
        { id: 'name', label: "PA's name", type: 'text', required: true, hint: [{ t: 'text', v: 'A hint.' }] },
        { id: 'address', label: 'Address', type: 'textarea', required: false },
        { id: 'checked', label: 'I have checked the rules', type: 'checkbox', required: false },
      ],
    },
    {
      id: 'terms',
      heading: 'Terms',
      fields: [
        { id: 'start', label: 'Start date', type: 'date', required: true },
        { id: 'time', label: 'Start time', type: 'time', required: false },
        { id: 'rate', label: 'Rate of pay', type: 'money', required: true },
        { id: 'hours', label: 'Hours', type: 'number', required: false },
        { id: 'sleep-in', label: 'Sleep-in', type: 'checkbox', required: false },
      ],
    },
  ],
};

describe('templateToText', () => {
  it('writes the title, each heading and each label with its answer, as typed', () => {
    const text = templateToText(template, {
      name: 'Ana Silva',
      address: '1 High Street\nCardiff',
      checked: true,
      start: '2026-04-06',
      time: '09:30',
      rate: '£12.50 an hour',
      hours: '37,5',
      'sleep-in': false,
    });
    expect(text).toBe(
      [
        'Sample statement',
        '================',
        '',
        'Who',
        '---',
        "PA's name: Ana Silva",
        'Address:',
        '  1 High Street',
        '  Cardiff',
        '[x] I have checked the rules',
        '',
        'Terms',
        '-----',
        'Start date: 6 April 2026',
        'Start time: 09:30',
        'Rate of pay: £12.50 an hour',
        'Hours: 37,5',
        '[ ] Sleep-in',
        '',
      ].join('\n'),
    );
  });

  it('leaves a line to write on for every empty answer, and leaves guidance out', () => {
    const text = templateToText(template, { name: '   ' });
    expect(text).toContain(`PA's name: ${BLANK_LINE}`);
    expect(text).toContain(`Address: ${BLANK_LINE}`);
    expect(text).toContain(`Rate of pay: ${BLANK_LINE}`);
    expect(text).toContain('[ ] I have checked the rules');
    expect(text).not.toContain('Guidance that is not part of the document');
    expect(text).not.toContain('A hint.');
  });

  it('ignores answers of the wrong kind instead of printing them', () => {
    const text = templateToText(template, { name: true, checked: 'yes' });
    expect(text).toContain(`PA's name: ${BLANK_LINE}`);
    expect(text).toContain('[ ] I have checked the rules');
  });

  it('writes dates in the reader’s language', () => {
    expect(templateToText(template, { start: '2026-04-06' }, { localeTag: 'cy-GB' })).toContain('Start date: 6 Ebrill 2026');
  });
});

describe('displayValue', () => {
  const date = template.sections[1]!.fields[0]!;
  const money = template.sections[1]!.fields[2]!;

  it('keeps money exactly as typed, never computing with it', () => {
    expect(displayValue(money, '£12.50', 'en-GB')).toBe('£12.50');
  });

  it('keeps a date that is not a real ISO date as typed', () => {
    expect(displayValue(date, 'next Monday', 'en-GB')).toBe('next Monday');
  });
});
