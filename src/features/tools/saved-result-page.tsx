import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { todayInUk } from '../../domain/shared/iso-date';
import { useReader } from '../../lib/use-reader';
import { deleteSavedResult, getSavedResult, saveDraft, type SavedResult } from '../../storage';
import { BackLink } from './flow/back-link';
import { ResultBody } from './flow/result-body';
import { TodayContext } from './flow/today';
import type { ToolDefinition } from './flow/tool-definition';
import { draftKeyFor } from './flow/tool-flow-page';
import { toolPath, useToolContext } from './flow/use-tool-context';
import { findTool } from './tool-registry';
import './tools.css';

function SavedToolResult<F, R>({ tool, saved }: { tool: ToolDefinition<F, R>; saved: SavedResult }) {
  const { t } = useTranslation();
  const context = useToolContext();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  const form = tool.restoreForm(saved.input);
  const result = tool.restoreResult(saved.result);
  if (!form || !result) return <Unreadable saved={saved} />;

  const reuse = async () => {
    const written = await saveDraft(draftKeyFor(tool), form);
    if (written.ok) navigate(toolPath(context.localeCode, tool.id, 'check'));
    else setProblem(t('storage.saveFailedDetail'));
  };
  const remove = async () => {
    const deleted = await deleteSavedResult(saved.id);
    if (deleted.ok) navigate(`/${context.localeCode}/tools/saved`);
    else setProblem(t('tools.saved.deleteFailed'));
  };

  return (
    <ResultBody tool={tool} form={form} result={result} context={context} savedLabel={saved.label || t('tools.saved.untitled')} backTo={`/${context.localeCode}/tools/saved`}>
      <section className="no-print" aria-labelledby="saved-actions">
        <h2 id="saved-actions">{t('tools.saved.moreTitle')}</h2>
        {problem && <p className="error-message" role="alert">{problem}</p>}
        <p className="button-row">
          <button type="button" className="button button--secondary" onClick={() => void reuse()}>
            {t('tools.saved.reuse')}
          </button>
          <DeleteButton label={saved.label} onConfirm={() => void remove()} />
        </p>
        <p>
          <Link to={`/${context.localeCode}/tools/saved`}>{t('tools.saved.backToList')}</Link>
        </p>
      </section>
    </ResultBody>
  );
}

function DeleteButton({ label, onConfirm }: { label: string; onConfirm: () => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button button--warning" onClick={() => setAsking(true)}>
        {t('tools.saved.delete')}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-labelledby="delete-saved-question">
      <span id="delete-saved-question">{t('tools.saved.deleteConfirm', { label })} </span>
      <button type="button" className="button button--warning" autoFocus onClick={onConfirm}>
        {t('tools.saved.deleteYes')}
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
        {t('tools.common.cancel')}
      </button>
    </span>
  );
}

function Unreadable({ saved }: { saved: SavedResult | undefined }) {
  const { t } = useTranslation();
  const { locale } = useReader();
  const navigate = useNavigate();
  return (
    <>
      <BackLink to={`/${locale.code}/tools/saved`} />
      <PageHeading>{t(saved ? 'tools.saved.unreadableTitle' : 'tools.saved.missingTitle')}</PageHeading>
      <p>{t(saved ? 'tools.saved.unreadable' : 'tools.saved.missing')}</p>
      {saved && (
        <p>
          <DeleteButton
            label={saved.label}
            onConfirm={() => void deleteSavedResult(saved.id).then(() => navigate(`/${locale.code}/tools/saved`))}
          />
        </p>
      )}
      <p>
        <Link to={`/${locale.code}/tools/saved`}>{t('tools.saved.backToList')}</Link>
      </p>
    </>
  );
}

/** One saved result, shown as it was worked out on the day it was saved. */
export function SavedResultPage() {
  const { resultId = '' } = useParams();
  const [state, setState] = useState<{ id: string; saved: SavedResult | undefined } | null>(null);

  useEffect(() => {
    let current = true;
    void getSavedResult(resultId).then((saved) => {
      if (current) setState({ id: resultId, saved });
    });
    return () => {
      current = false;
    };
  }, [resultId]);

  if (!state || state.id !== resultId) return <Loading />;
  const { saved } = state;
  const tool = saved ? findTool(saved.tool) : undefined;
  if (!saved || !tool) return <Unreadable saved={saved} />;
  // Words like "at today's rate" refer to the day it was saved, which is the day it was worked out.
  const savedAt = new Date(saved.createdAt);
  const savedDay = Number.isNaN(savedAt.getTime()) ? undefined : todayInUk(savedAt);
  const body = tool.use((definition) => <SavedToolResult tool={definition} saved={saved} />);
  return savedDay ? <TodayContext.Provider value={() => savedDay}>{body}</TodayContext.Provider> : body;
}
