import { splitField } from './messages';
import type { Evaluation, Issue, ToolDefinition, ToolStep } from './tool-definition';

/** The steps that apply to these answers, in order. */
export function applicableSteps<F, R>(tool: ToolDefinition<F, R>, form: F): ToolStep<F>[] {
  return tool.steps.filter((step) => !step.applies || step.applies(form));
}

/** The problems on one step, in the order its fields appear (the error summary's order). */
export function issuesForStep<F, R>(step: ToolStep<F>, evaluation: Evaluation<R>): Issue[] {
  if (evaluation.ok) return [];
  // Rows of a list come in row order, then field order within the row.
  const order = (issue: Issue) => {
    const { base, index } = splitField(issue.field);
    const position = step.fields.indexOf(base);
    return position < 0 ? -1 : (index ?? 0) * 1000 + position;
  };
  return evaluation.issues.filter((issue) => order(issue) >= 0).sort((a, b) => order(a) - order(b));
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
