import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { BackLink } from './back-link';
import { AnswersList } from './check-answers-view';
import { applicableSteps } from './flow-steps';
import { ResultActions } from './result-actions';
import { resultText } from './result-text';
import type { ToolContext, ToolDefinition } from './tool-definition';

interface Props<F, R> {
  tool: ToolDefinition<F, R>;
  form: F;
  result: R;
  context: ToolContext;
  /** Shown as "Saved as …" on a saved result. */
  savedLabel?: string;
  save?: { onSave: (label: string) => Promise<boolean> };
  /** Where Back goes: the answers page for a fresh result, the list for a saved one. */
  backTo: string;
  /** Buttons and links under the result (start again, delete, change answers). */
  children?: ReactNode;
}

/**
 * The answer in a panel, then the workings step by step, the answers used, links to the guides,
 * and the actions. A live region reports what the actions did.
 */
export function ResultBody<F, R>({ tool, form, result, context, savedLabel, save, backTo, children }: Props<F, R>) {
  const { t, fmt, localeCode, today } = context;
  const [status, setStatus] = useState('');
  const description = useMemo(() => tool.describe(form, result, context), [tool, form, result, context]);
  const title = t(`${tool.ns}.title`);
  // A new message each time, even when the words repeat, so screen readers announce it again.
  const announce = useCallback((message: string) => {
    setStatus('');
    setTimeout(() => setStatus(message), 50);
  }, []);
  const Extra = tool.ResultExtra;

  return (
    <article className="tool-result">
      <BackLink to={backTo} />
      <p className="print-only tool-print-header">{t('tools.result.printHeader', { tool: title, date: fmt.date(today) })}</p>
      <p className="tool-caption">{title}</p>
      {savedLabel && <p className="tool-saved-label">{t('tools.saved.savedAs', { label: savedLabel })}</p>}
      <div className={`tool-panel tool-panel--${description.tone}`}>
        <PageHeading title={`${description.headline} – ${title}`}>{description.headline}</PageHeading>
        {description.lines.map((line) => (
          <p key={line} className="tool-panel__line">{line}</p>
        ))}
      </div>

      <section aria-labelledby="workings-title">
        <h2 id="workings-title">{t('tools.result.workingsTitle')}</h2>
        <ol className="tool-workings">
          {description.workings.map((step, index) => (
            <li key={index}>
              {step.text}
              {step.details && step.details.length > 0 && (
                <ul>
                  {step.details.map((detail) => (
                    <li key={detail}>{detail}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
        {description.notes.map((note) => (
          <p key={note} className="tool-note">{note}</p>
        ))}
      </section>

      {Extra && <Extra form={form} result={result} context={context} announce={announce} />}

      <section aria-labelledby="answers-title">
        <h2 id="answers-title">{t('tools.result.answersTitle')}</h2>
        {applicableSteps(tool, form).map((step) => (
          <AnswersList key={step.id} rows={step.summary(form, context)} context={context} />
        ))}
      </section>

      {description.guideLinks.length > 0 && (
        <section aria-labelledby="guides-title" className="no-print">
          <h2 id="guides-title">{t('tools.result.guidesTitle')}</h2>
          <ul>
            {description.guideLinks.map((link) => (
              <li key={`${link.guide}#${link.section ?? ''}`}>
                <Link to={`/${localeCode}/guides/${link.guide}${link.section ? `#${link.section}` : ''}`}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <ResultActions
        context={context}
        title={title}
        text={() => resultText(tool, form, description, context)}
        announce={announce}
        {...(save ? { save: { defaultLabel: tool.defaultLabel(form, result, context), onSave: save.onSave } } : {})}
      />
      <p className="tool-status" role="status" aria-live="polite">{status}</p>
      {children}
    </article>
  );
}

