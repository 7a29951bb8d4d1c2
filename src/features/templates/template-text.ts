/**
 * The finished document as plain text, for Share and Copy as text. Pure, so the words people send
 * are exactly what the tests check.
 */
import type { Template, TemplateField } from '../../content/model';
import { isTicked, textValue, type TemplateValues } from './template-values';

/** A date field's value as people read it ("5 January 2026"); anything else exactly as typed. */
export function displayValue(field: TemplateField, value: string, localeTag: string): string {
  if (field.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime())) return new Intl.DateTimeFormat(localeTag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
  return value;
}

/** Drawn in place of an empty answer, so a printed or shared copy can be completed by hand. */
export const BLANK_LINE = '____________________';

const underline = (text: string, mark: string) => mark.repeat(Math.max(3, [...text].length));

/**
 * The document as plain text, for sharing and copying: title, each section heading, and each
 * label with its answer. Empty answers get a line to write on; checkboxes show as [x] or [ ].
 * Guidance (section intros and hints) is left out: it is for whoever fills the form in.
 */
export function templateToText(template: Template, values: TemplateValues, options: { localeTag?: string } = {}): string {
  const localeTag = options.localeTag ?? 'en-GB';
  const lines: string[] = [template.title, underline(template.title, '=')];
  for (const section of template.sections) {
    lines.push('', section.heading, underline(section.heading, '-'));
    for (const field of section.fields) {
      if (field.type === 'checkbox') {
        lines.push(`${isTicked(values, field) ? '[x]' : '[ ]'} ${field.label}`);
        continue;
      }
      const value = textValue(values, field).trim();
      if (!value) {
        lines.push(`${field.label}: ${BLANK_LINE}`);
      } else if (value.includes('\n')) {
        lines.push(`${field.label}:`, ...value.split(/\r?\n/).map((line) => `  ${line.trimEnd()}`));
      } else {
        lines.push(`${field.label}: ${displayValue(field, value, localeTag)}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
