import { applicableSteps } from './flow-steps';
import type { ResultDescription, ToolContext, ToolDefinition } from './tool-definition';

/** The result as plain text, for copying into a message or email: the same words as on screen. */
export function resultText<F, R>(
  tool: ToolDefinition<F, R>,
  form: F,
  description: ResultDescription,
  context: ToolContext,
  extra: string[] = [],
): string {
  const { t, fmt, today } = context;
  const out: string[] = [t(`${tool.ns}.title`), '', description.headline, ...description.lines, ''];
  out.push(t('tools.result.workingsTitle'));
  description.workings.forEach((step, index) => {
    out.push(`${index + 1}. ${step.text}`);
    for (const detail of step.details ?? []) out.push(`   - ${detail}`);
  });
  if (description.notes.length) out.push('', ...description.notes);
  if (extra.length) out.push('', ...extra);
  out.push('', t('tools.result.answersTitle'));
  for (const step of applicableSteps(tool, form)) {
    for (const row of step.summary(form, context)) out.push(`${row.label}: ${row.value || t('tools.common.notGiven')}`);
  }
  out.push('', t('tools.result.madeWith', { date: fmt.date(today) }));
  return out.join('\n');
}
