import { useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ErrorSummary } from '../../../components/error-summary';
import { PageHeading } from '../../../components/page-heading';
import { BackLink } from './back-link';
import { applicableSteps, hasAnswers, issuesForStep } from './flow-steps';
import { fieldId, messageFor, targetFor } from './messages';
import { StartAgain } from './start-again';
import type { FieldMessage, Issue, ToolContext, ToolDefinition, ToolStep } from './tool-definition';
import { toolPath } from './use-tool-context';

interface Props<F, R> {
  tool: ToolDefinition<F, R>;
  step: ToolStep<F>;
  form: F;
  setForm: (update: (previous: F) => F) => void;
  context: ToolContext;
  onStartAgain: () => void;
}

/** Where "Change" links from the answers page come back to. */
export const FROM_CHECK = 'from=check';

/** One page of grouped questions: step indicator, back link, error summary, fields, Continue. */
export function StepView<F, R>({ tool, step, form, setForm, context, onStartAgain }: Props<F, R>) {
  const { t, localeCode, today } = context;
  const navigate = useNavigate();
  const location = useLocation();
  const fromCheck = new URLSearchParams(location.search).get('from') === 'check';
  const base = toolPath(localeCode, tool.id);
  // Arriving from "check your answers" because of a problem shows that problem at once.
  const [issues, setIssues] = useState<Issue[]>(() =>
    (location.state as { showErrors?: boolean } | null)?.showErrors ? issuesForStep(step, tool.evaluate(form, today)) : [],
  );

  const steps = applicableSteps(tool, form);
  const index = steps.findIndex((candidate) => candidate.id === step.id);
  const previous = index > 0 ? `${base}/${steps[index - 1]!.id}` : base;
  const title = t(step.titleKey);
  const toolTitle = t(`${tool.ns}.title`);
  const stepOf = t('tools.common.stepOf', { step: index + 1, total: steps.length });

  const summary = useMemo(
    () => issues.map((issue) => ({ target: targetFor(tool, issue), message: messageFor(tool, issue, t) })),
    [issues, tool, t],
  );
  const errors: Record<string, FieldMessage> = {};
  for (const issue of issues) {
    errors[issue.field] ??= { message: messageFor(tool, issue, t), ...(issue.parts ? { parts: issue.parts } : {}) };
  }

  useEffect(() => {
    // GOV.UK pattern: the page title says there is an error, so it is heard first.
    if (issues.length) document.title = `${t('tools.common.errorPrefix')} ${title} – ${toolTitle} – FairPA`;
  }, [issues, t, title, toolTitle]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = issuesForStep(step, tool.evaluate(form, today));
    setIssues(found);
    if (found.length) return;
    // The answers just given may add or remove later steps, so look again.
    const now = applicableSteps(tool, form);
    const at = now.findIndex((candidate) => candidate.id === step.id);
    const next = now[at + 1];
    navigate(fromCheck || !next ? `${base}/check` : `${base}/${next.id}`);
  };

  const update = (patch: Partial<F>) => setForm((previousForm) => ({ ...previousForm, ...patch }));

  return (
    <>
      <BackLink to={fromCheck ? `${base}/check` : previous} />
      <p className="tool-caption">
        {toolTitle}
        <span className="tool-caption__step">{stepOf}</span>
      </p>
      <ErrorSummary errors={summary} />
      <PageHeading title={`${title} (${stepOf}) – ${toolTitle}`}>{title}</PageHeading>
      <form noValidate onSubmit={submit} className="tool-form">
        <step.Fields form={form} update={update} errors={errors} idFor={(field) => fieldId(tool, field)} context={context} />
        <button type="submit" className="button">{t('tools.common.continue')}</button>
      </form>
      {hasAnswers(form, tool.initial) && <StartAgain onConfirm={onStartAgain} />}
    </>
  );
}
