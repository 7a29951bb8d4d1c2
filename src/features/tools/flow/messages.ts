import type { TFunction } from 'i18next';
import type { Issue, ToolDefinition } from './tool-definition';

type AnyTool = Pick<ToolDefinition<unknown, unknown>, 'ns' | 'idPrefix' | 'fieldKinds'>;

/**
 * The message for a problem: the tool's own message for that field and code when there is one,
 * otherwise the general message for that kind of field ("{{name}} must be an amount of money"),
 * otherwise one for the code alone. So every code a calculator can return has words.
 */
export function messageFor(tool: AnyTool, issue: Issue, t: TFunction): string {
  const { base, index } = splitField(issue.field);
  const kind = tool.fieldKinds[base];
  const values = { ...(index === undefined ? {} : { number: index + 1 }), ...issue.values };
  const keys = [
    `${tool.ns}.errors.${base}.${issue.code}`,
    ...(kind ? [`tools.errors.${kind}.${issue.code}`] : []),
    `${tool.ns}.errors.${issue.code}`,
    `tools.errors.generic.${issue.code}`,
    'tools.errors.fallback',
  ];
  return t(keys, { name: t(`${tool.ns}.names.${base}`, values), ...values });
}

/**
 * Fields in a list carry their row: `periodHours.2` is the third row's hours. Kinds, names and
 * messages are shared by the rows; the row number goes into the message as {{number}}.
 */
export function splitField(field: string): { base: string; index: number | undefined } {
  const match = /^(.*)\.(\d+)$/.exec(field);
  return match ? { base: match[1]!, index: Number(match[2]) } : { base: field, index: undefined };
}

export function fieldId(tool: Pick<AnyTool, 'idPrefix'>, field: string): string {
  return `${tool.idPrefix}-${field.replace(/\./g, '-')}`;
}

/** The element an error summary link focuses: the box at fault, or a choice's first option. */
export function targetFor(tool: AnyTool, issue: Issue): string {
  const id = fieldId(tool, issue.field);
  switch (tool.fieldKinds[splitField(issue.field).base]) {
    case 'date':
      return `${id}-${issue.parts?.[0] ?? 'day'}`;
    case 'choice':
      return `${id}-first`;
    default:
      return id;
  }
}
