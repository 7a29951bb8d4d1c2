import type { GuideSummary } from '../../content/model';

export interface GuideRef {
  guide: string;
  section?: string;
}

/** The guides that explain each template, most relevant first. */
export const TEMPLATE_GUIDES: Readonly<Record<string, readonly GuideRef[]>> = {
  'written-statement': [{ guide: 'written-statement' }],
  'risk-assessment': [
    { guide: 'health-and-safety', section: 'risk-assessment' },
    { guide: 'health-and-safety', section: 'moving-and-handling' },
  ],
  timesheet: [
    { guide: 'payslips-and-records', section: 'timesheets' },
    { guide: 'minimum-wage', section: 'working-time' },
  ],
  'job-description': [{ guide: 'equality-and-discrimination', section: 'recruitment' }],
  'job-advert': [{ guide: 'equality-and-discrimination', section: 'recruitment' }],
  'interview-questions': [{ guide: 'equality-and-discrimination', section: 'recruitment' }],
  'induction-checklist': [{ guide: 'training-and-registration', section: 'what-training' }],
};

export interface GuideLink {
  href: string;
  guideTitle: string;
  sectionTitle?: string;
}

/**
 * Links to the guides for a template, titled in the reader's language. A guide or section missing
 * from this locale's content is left out rather than linked to a page that is not there.
 */
export function guideLinksFor(templateId: string, guides: readonly GuideSummary[], locale: string): GuideLink[] {
  return (TEMPLATE_GUIDES[templateId] ?? []).flatMap((ref): GuideLink[] => {
    const guide = guides.find((g) => g.id === ref.guide);
    if (!guide) return [];
    const href = `/${locale}/guides/${guide.id}`;
    if (!ref.section) return [{ href, guideTitle: guide.title }];
    const section = guide.sections.find((s) => s.id === ref.section);
    return section ? [{ href: `${href}#${section.id}`, guideTitle: guide.title, sectionTitle: section.title }] : [];
  });
}
