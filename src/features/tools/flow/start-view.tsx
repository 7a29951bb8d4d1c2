import { Link } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { BackLink } from './back-link';
import { applicableSteps, hasAnswers } from './flow-steps';
import { StartAgain } from './start-again';
import type { ToolContext, ToolDefinition } from './tool-definition';
import { toolPath } from './use-tool-context';

interface Props<F, R> {
  tool: ToolDefinition<F, R>;
  form: F;
  context: ToolContext;
  onStartAgain: () => void;
}

/** What the tool does, what to have ready, and either Start or Continue with the answers kept. */
export function StartView<F, R>({ tool, form, context, onStartAgain }: Props<F, R>) {
  const { t, localeCode, today } = context;
  const base = toolPath(localeCode, tool.id);
  const first = tool.steps[0]!;
  const started = hasAnswers(form, tool.initial);
  const complete = started && tool.evaluate(form, today).ok;
  const steps = applicableSteps(tool, form);
  return (
    <>
      <BackLink to={`/${localeCode}/tools`} />
      <PageHeading>{t(`${tool.ns}.title`)}</PageHeading>
      <p className="lead">{t(`${tool.ns}.start.intro`)}</p>
      <h2>{t('tools.common.youWillNeed')}</h2>
      <p>{t(`${tool.ns}.start.need`)}</p>
      <p>{t('tools.common.howLong', { count: steps.length })}</p>
      <p className="hint">{t('tools.common.keptOnDevice')}</p>
      {started ? (
        <>
          <div className="banner">
            <p>{t('tools.common.answersKept')}</p>
          </div>
          <p className="button-row">
            <Link className="button" to={complete ? `${base}/check` : `${base}/${first.id}`}>
              {t('tools.common.continueAnswers')}
            </Link>
          </p>
          <StartAgain onConfirm={onStartAgain} />
        </>
      ) : (
        <p className="button-row">
          <Link className="button" to={`${base}/${first.id}`}>{t('tools.common.startNow')}</Link>
        </p>
      )}
      <p>
        <Link to={`/${localeCode}/tools/saved`}>{t('tools.saved.link')}</Link>
      </p>
    </>
  );
}
