import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { BackLink } from './back-link';
import { applicableSteps, stepForField } from './flow-steps';
import { messageFor } from './messages';
import { StartAgain } from './start-again';
import { FROM_CHECK } from './step-view';
import type { Issue, SummaryRow, ToolContext, ToolDefinition } from './tool-definition';
import { toolPath } from './use-tool-context';

interface Props<F, R> {
  tool: ToolDefinition<F, R>;
  form: F;
  context: ToolContext;
  onStartAgain: () => void;
}

export function AnswersList({ rows, changeTo, context }: { rows: SummaryRow[]; changeTo?: string; context: ToolContext }) {
  const { t } = context;
  return (
    <dl className="summary-list tool-summary">
      {rows.map((row) => (
        <div key={row.field}>
          <dt>{row.label}</dt>
          <dd>{row.value || t('tools.common.notGiven')}</dd>
          {changeTo && (
            <dd className="tool-summary__action no-print">
              <Link to={`${changeTo}?${FROM_CHECK}`}>
                {t('tools.common.change')}
                <span className="visually-hidden"> {row.label}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

/** Every answer with a Change link back to its step, then the button that works out the result. */
export function CheckAnswersView<F, R>({ tool, form, context, onStartAgain }: Props<F, R>) {
  const { t, localeCode, today } = context;
  const navigate = useNavigate();
  const base = toolPath(localeCode, tool.id);
  const steps = applicableSteps(tool, form);
  const [issues, setIssues] = useState<Issue[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const last = steps[steps.length - 1];

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const evaluation = tool.evaluate(form, today);
    if (evaluation.ok) {
      navigate(`${base}/result`);
      return;
    }
    setIssues(evaluation.issues);
    // Focus after the list is shown, as the GOV.UK error summary does.
    setTimeout(() => summaryRef.current?.focus(), 0);
  };

  return (
    <>
      {last && <BackLink to={`${base}/${last.id}`} />}
      <p className="tool-caption">{t(`${tool.ns}.title`)}</p>
      {issues.length > 0 && (
        <div className="error-summary" ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="check-problems-title">
          <h2 id="check-problems-title">{t('errors.summaryTitle')}</h2>
          <p>{t('tools.common.fixAnswers')}</p>
          <ul>
            {issues.map((issue) => {
              const step = stepForField(tool, form, issue.field);
              return (
                <li key={`${issue.field}:${issue.code}`}>
                  <Link to={`${base}/${step?.id ?? ''}?${FROM_CHECK}`} state={{ showErrors: true }}>
                    {messageFor(tool, issue, t)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <PageHeading title={`${t('tools.common.checkAnswers')} – ${t(`${tool.ns}.title`)}`}>{t('tools.common.checkAnswers')}</PageHeading>
      {steps.map((step) => (
        <section key={step.id} aria-labelledby={`check-${step.id}`}>
          <h2 id={`check-${step.id}`} className="tool-summary__heading">{t(step.titleKey)}</h2>
          <AnswersList rows={step.summary(form, context)} changeTo={`${base}/${step.id}`} context={context} />
        </section>
      ))}
      <form noValidate onSubmit={submit} className="tool-form">
        <p className="hint">{t([`${tool.ns}.checkHint`, 'tools.common.checkHint'])}</p>
        <button type="submit" className="button">{t('tools.common.seeResult')}</button>
      </form>
      <StartAgain onConfirm={onStartAgain} />
    </>
  );
}
