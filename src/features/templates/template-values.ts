/**
 * What someone has typed into a template, and the plain rules about it. No React here, so the
 * printed, shared and copied versions of a document all come from the same tested code.
 */
import type { Template, TemplateField } from '../../content/model';

/** Text fields hold exactly what was typed (money stays "£12.50"); checkboxes hold true or false. */
export type TemplateValues = Readonly<Record<string, string | boolean>>;

export const NO_VALUES: TemplateValues = {};

/** The draft key a template's answers are kept under on the device. */
export function templateDraftKey(templateId: string): string {
  return `template:${templateId}`;
}

/**
 * A stored draft may come from an older version of the template or be damaged: keep every answer
 * that is still text or a tick, drop the rest, and never refuse the whole draft for one bad entry.
 */
export function restoreTemplateValues(stored: unknown): TemplateValues | undefined {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return undefined;
  const values: Record<string, string | boolean> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (typeof value === 'string' || typeof value === 'boolean') values[key] = value;
  }
  return values;
}

export function textValue(values: TemplateValues, field: TemplateField): string {
  const value = values[field.id];
  return typeof value === 'string' ? value : '';
}

export function isTicked(values: TemplateValues, field: TemplateField): boolean {
  return values[field.id] === true;
}

export function isBlank(values: TemplateValues, field: TemplateField): boolean {
  return field.type === 'checkbox' ? !isTicked(values, field) : textValue(values, field).trim() === '';
}

export function hasAnyInput(values: TemplateValues): boolean {
  return Object.values(values).some((value) => (typeof value === 'string' ? value.trim() !== '' : value));
}

export function allFields(template: Template): TemplateField[] {
  return template.sections.flatMap((section) => section.fields);
}

export function missingRequiredFields(template: Template, values: TemplateValues): TemplateField[] {
  return allFields(template).filter((field) => field.required && isBlank(values, field));
}

/** Whole or decimal numbers, with a point or a comma, as people write hours and minutes. */
const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

export function notANumberFields(template: Template, values: TemplateValues): TemplateField[] {
  return allFields(template).filter((field) => {
    if (field.type !== 'number') return false;
    const text = textValue(values, field).trim();
    return text !== '' && !NUMBER.test(text);
  });
}

export type FieldProblem = { field: TemplateField; kind: 'required' | 'number' };

/** Everything to fix before the finished document, in the order the fields appear. */
export function templateProblems(template: Template, values: TemplateValues): FieldProblem[] {
  const missing = new Set(missingRequiredFields(template, values));
  const notNumbers = new Set(notANumberFields(template, values));
  return allFields(template).flatMap((field): FieldProblem[] => {
    if (missing.has(field)) return [{ field, kind: 'required' }];
    if (notNumbers.has(field)) return [{ field, kind: 'number' }];
    return [];
  });
}
