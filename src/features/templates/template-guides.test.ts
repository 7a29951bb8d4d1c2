import { describe, expect, it } from 'vitest';
import type { LocaleIndex } from '../../content/model';
import english from '../../content/generated/en/index.json';
import { TEMPLATE_GUIDES, guideLinksFor } from './template-guides';

const index = english as unknown as LocaleIndex;

describe('guides linked from templates', () => {
  it('links every English template to at least one guide that explains it', () => {
    for (const template of index.templates) {
      expect(guideLinksFor(template.id, index.guides, 'en'), template.id).not.toEqual([]);
    }
  });

  it('only names guides and sections that exist', () => {
    for (const [templateId, refs] of Object.entries(TEMPLATE_GUIDES)) {
      expect(guideLinksFor(templateId, index.guides, 'en'), templateId).toHaveLength(refs.length);
    }
  });

  it('links the written statement, risk assessment and timesheet to the guides that explain them', () => {
    expect(guideLinksFor('written-statement', index.guides, 'cy')[0]).toMatchObject({ href: '/cy/guides/written-statement' });
    expect(guideLinksFor('risk-assessment', index.guides, 'en')[0]).toMatchObject({ href: '/en/guides/health-and-safety#risk-assessment', sectionTitle: 'Risk assessment' });
    expect(guideLinksFor('timesheet', index.guides, 'en')[0]?.href).toBe('/en/guides/payslips-and-records#timesheets');
  });

  it('leaves out a guide the locale does not have', () => {
    expect(guideLinksFor('written-statement', [], 'en')).toEqual([]);
  });
});
