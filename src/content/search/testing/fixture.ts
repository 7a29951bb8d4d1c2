/** A small locale's compiled content, for search and plain-English tests. */
import type { Guide, GuideSummary, Inline, LocaleIndex } from '../../model';

const text = (v: string): Inline => ({ t: 'text', v });

const meta = {
  roles: ['pa', 'employer'] as ('pa' | 'employer')[],
  nations: ['england', 'wales'] as ('england' | 'wales')[],
  reviewed: '2026-01-01',
  sources: [{ title: 'GOV.UK', url: 'https://www.gov.uk/' }],
  translation: 'original' as const,
};

export const insuranceGuide: Guide = {
  ...meta,
  id: 'insurance',
  title: "Employers' liability insurance",
  summary: 'The insurance that pays if a PA is hurt at work.',
  topic: 'core',
  sections: [
    { id: 'who-needs-it', title: 'Who needs it' },
    { id: 'if-hurt', title: 'If a PA is injured' },
  ],
  blocks: [
    { t: 'p', c: [text('Every employer needs cover before the first shift.')] },
    { t: 'h', level: 2, id: 'who-needs-it', c: [text('Who needs it')] },
    { t: 'p', c: [text('If you employ a '), { t: 'term', id: 'pa', c: [] }, text(', the law says you must have insurance.')] },
    {
      t: 'only',
      audience: { nations: ['wales'] },
      c: [
        { t: 'h', level: 2, id: 'if-hurt', c: [text('If a PA is injured')] },
        { t: 'list', ordered: false, items: [[{ t: 'p', c: [text('Write it in the accident book.')] }], [{ t: 'p', c: [text('Tell the insurer.')] }]] },
      ],
    },
  ],
};

export const payGuide: Guide = {
  ...meta,
  id: 'pay',
  title: 'Minimum wage',
  summary: 'What you must be paid for every hour of work.',
  topic: 'core',
  sections: [{ id: 'rates', title: 'The rates' }],
  blocks: [
    { t: 'h', level: 2, id: 'rates', c: [text('The rates')] },
    {
      t: 'p',
      c: [
        text('From age 21 you must get at least '),
        { t: 'rate', key: 'nmw.21_and_over' },
        text(' an hour. A '),
        { t: 'term', id: 'sleep-in', c: [text('sleep-in')] },
        text(' counts too, e.g. travel between visits.'),
      ],
    },
    {
      t: 'callout',
      kind: 'note',
      c: [{ t: 'p', c: [{ t: 'strong', c: [text('Holiday pay')] }, text(' is worked out on the same hours.')] }],
    },
  ],
};

const summarise = ({ blocks: _blocks, ...summary }: Guide): GuideSummary => summary;

export const fixtureGuides: Guide[] = [insuranceGuide, payGuide];

export const fixtureIndex: LocaleIndex = {
  locale: 'en',
  status: { humanReviewed: true, coverage: 100 },
  guides: fixtureGuides.map(summarise),
  checklists: [
    {
      ...meta,
      id: 'before-start',
      title: 'Before your PA starts',
      summary: 'Things to do before the first shift.',
      items: [
        {
          id: 'check',
          action: [text('Ask for a DBS check.')],
          why: [text('It shows whether someone is barred from care work.')],
          nations: ['england'],
          roles: ['employer'],
        },
      ],
    },
  ],
  templates: [
    {
      ...meta,
      id: 'timesheet',
      title: 'Timesheet',
      summary: 'A weekly record of hours.',
      sections: [
        {
          id: 'week',
          heading: 'The week',
          fields: [
            { id: 'travel', label: 'Travel between visits', type: 'number', required: false, hint: [text('In minutes.')] },
          ],
        },
      ],
    },
  ],
  easyRead: [
    {
      ...meta,
      id: 'before-start-easy-read',
      title: 'Before your PA starts',
      basedOn: 'before-start',
      points: [{ id: 'insurance', icon: 'insurance', text: [text('Get insurance. It pays if your PA gets hurt.')] }],
    },
  ],
  glossary: [
    { id: 'pa', term: 'Personal assistant', aliases: ['PA', 'PAs'], definition: [text('Someone employed to give care and support.')] },
    { id: 'sleep-in', term: 'Sleep-in', aliases: ['sleep-ins'], definition: [text('A night shift where the worker sleeps at the place of work.')] },
  ],
};
