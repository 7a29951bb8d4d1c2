import type { TFunction } from 'i18next';
import type { ImportProblem } from '../../storage';

/** Where a record sits, in words: "Shifts, record 13". */
function where(t: TFunction, problem: ImportProblem): Record<string, string | number> {
  const section = problem.section ? t(`yourData.sections.${problem.section}`, { defaultValue: problem.section }) : '';
  return {
    section,
    number: (problem.index ?? 0) + 1,
    field: problem.field ?? '',
  };
}

/** Each problem with a file, in words that say where it is and what to do. */
export function describeImportProblem(t: TFunction, problem: ImportProblem): string {
  const at = where(t, problem);
  switch (problem.code) {
    case 'newer-version':
      return t('yourData.problems.newer-version', { version: problem.version ?? '?' });
    case 'bad-value':
      return t('yourData.problems.bad-value', { ...at, expected: t(`yourData.kinds.${problem.expected ?? 'any'}`) });
    case 'orphan':
      return t(`yourData.problems.orphan.${problem.section === 'followUps' ? 'followUp' : 'answer'}`, at);
    case 'too-many-problems':
      return t('yourData.problems.too-many-problems', { count: problem.index ?? 0 });
    default:
      return t(`yourData.problems.${problem.code}`, at);
  }
}
