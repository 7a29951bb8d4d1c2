import type { Issue } from './tool-definition';

/**
 * Collects the problems found while reading a form: each typing problem at its field first, then
 * the calculator's own errors mapped back to fields. A field already refused as typed keeps that
 * message, and a field gets at most one of the calculator's.
 */
export function issueCollector<Field extends string = string>() {
  const issues: Issue[] = [];
  const typed = new Set<string>();
  const problem = (field: Field, code: string, parts?: readonly string[]) => {
    typed.add(field);
    issues.push(parts ? { field, code, parts } : { field, code });
  };
  const addCalculatorErrors = (errors: readonly { field: string; code: string }[], formFieldFor: (field: string) => string) => {
    for (const error of errors) {
      const field = formFieldFor(error.field);
      if (!typed.has(field)) {
        typed.add(field);
        issues.push({ field, code: error.code });
      }
    }
  };
  return { issues, problem, addCalculatorErrors };
}
