import { useCallback } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { Loading } from '../../../components/loading';
import { NotFoundPage } from '../../../components/not-found-page';
import { saveResult, useDraft } from '../../../storage';
import { CheckAnswersView } from './check-answers-view';
import { applicableSteps } from './flow-steps';
import { ResultBody } from './result-body';
import { StartAgain } from './start-again';
import { StartView } from './start-view';
import { StepView } from './step-view';
import type { ToolDefinition } from './tool-definition';
import { toolPath, useToolContext } from './use-tool-context';
import '../tools.css';

export function draftKeyFor(tool: { id: string }): string {
  return `tool:${tool.id}`;
}

/**
 * One calculator: /tools/<id> is the start page, /tools/<id>/<step> a question page,
 * /check the answers and /result the result. The answers live in a draft on the device, so a
 * reload, a crash or an app update never loses them, and the result page can be reloaded.
 */
export function ToolFlowPage<F, R>({ tool }: { tool: ToolDefinition<F, R> }) {
  const { step: stepId } = useParams();
  const context = useToolContext();
  const navigate = useNavigate();
  const [form, setForm, draft] = useDraft<F>(draftKeyFor(tool), tool.initial, { restore: tool.restoreForm });
  const base = toolPath(context.localeCode, tool.id);
  const { clear } = draft;

  const startAgain = useCallback(() => {
    void clear().then(() => navigate(`${base}/${tool.steps[0]!.id}`));
  }, [clear, navigate, base, tool]);

  if (!draft.loaded) return <Loading />;

  if (stepId === undefined) return <StartView tool={tool} form={form} context={context} onStartAgain={startAgain} />;

  if (stepId === 'check') return <CheckAnswersView tool={tool} form={form} context={context} onStartAgain={startAgain} />;

  if (stepId === 'result') {
    const evaluation = tool.evaluate(form, context.today);
    if (!evaluation.ok) return <Navigate to={`${base}/check`} replace />;
    const onSave = async (label: string) => {
      const saved = await saveResult({ tool: tool.id, label, input: form, result: evaluation.result });
      return saved.ok;
    };
    return (
      <ResultBody tool={tool} form={form} result={evaluation.result} context={context} save={{ onSave }} backTo={`${base}/check`}>
        <p className="no-print">
          <Link to={`${base}/check`}>{context.t('tools.common.changeAnswers')}</Link>
        </p>
        <StartAgain onConfirm={startAgain} label={context.t('tools.common.newCheck')} />
      </ResultBody>
    );
  }

  const step = applicableSteps(tool, form).find((candidate) => candidate.id === stepId);
  if (!step) return <NotFoundPage />;
  return <StepView key={step.id} tool={tool} step={step} form={form} setForm={setForm} context={context} onStartAgain={startAgain} />;
}
