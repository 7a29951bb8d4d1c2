import { splitField } from './messages';
import type { Evaluation, Issue, ToolDefinition, ToolStep } from './tool-definition';

/** The steps that apply to these answers, in order. */
export function applicableSteps<F, R>(tool: ToolDefinition<F, R>, form: F): ToolStep<F>[] {
  return tool.steps.filter((step) => !step.applies || step.applies(form));
}

/** The problems on one step, in the order its fields appear (the error summary's order). */
export function issuesForStep<F, R>(step: ToolStep<F>, evaluation: Evaluation<R>): Issue[] {
  if (evaluation.ok) return [];
  // Page order: fields in the step's order, except that a list's rows come together, row by row,
  // where the list starts (its first field's place).
  const parsed = evaluation.issues.map((issue) => ({ issue, ...splitField(issue.field), position: step.fields.indexOf(splitField(issue.field).base) }));
  const listStart = Math.min(...parsed.filter((p) => p.index !== undefined && p.position >= 0).map((p) => p.position));
  const key = (p: (typeof parsed)[number]): [number, number, number] =>
    p.index === undefined ? [p.position, 0, 0] : [listStart, p.index, p.position];
  const byPage = parsed
    .filter((p) => p.position >= 0)
    .sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    })
    .map((p) => p.issue);
  // One message per field, as the GOV.UK pattern shows: the first problem found.
  const seen = new Set<string>();
  return byPage.filter((issue) => !seen.has(issue.field) && seen.add(issue.field));
}

/** Which step holds a field (for linking from "check your answers" to where it is asked). */
export function stepForField<F, R>(tool: ToolDefinition<F, R>, form: F, field: string): ToolStep<F> | undefined {
  const steps = applicableSteps(tool, form);
  const { base } = splitField(field);
  return steps.find((step) => step.fields.includes(base)) ?? steps[0];
}

/** True once anything has been typed or chosen. */
export function hasAnswers<F>(form: F, initial: F): boolean {
  return JSON.stringify(form) !== JSON.stringify(initial);
}
