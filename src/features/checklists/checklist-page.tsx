import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { ContentState } from '../../components/content-state';
import { NotFoundPage } from '../../components/not-found-page';
import { PageActions } from '../../components/page-actions';
import { ReadAloudButton } from '../../components/read-aloud/read-aloud-button';
import { RichTextContext } from '../../components/content/rich-text-context';
import { SourcesList } from '../../components/content/sources-list';
import { TranslationNotice } from '../../components/content/translation-notice';
import { useLocaleContent } from '../../lib/use-locale-content';
import type { Checklist } from '../../content/model';
import {
  createChecklistRun, setChecklistAnswer, useChecklistAnswers, useChecklistRuns, type ChecklistAnswerValue, type ChecklistRun,
} from '../../storage';
import { ChecklistItemView } from './checklist-item-view';
import { RunControls } from './run-controls';
import { groupItems, itemsForReader } from './checklist-items';

const NOT_ANSWERED: ChecklistAnswerValue = { done: false, note: '' };

function ChecklistBody({ checklist, run, onRunNeeded }: { checklist: Checklist; run: ChecklistRun | null; onRunNeeded: () => Promise<string | null> }) {
  const { t } = useTranslation();
  const { settings } = useLocaleContent();
  const answers = useChecklistAnswers(run?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const { mine, others } = itemsForReader(checklist.items, settings.nation, settings.role);
  const known = answers.status === 'ready' ? answers.answers : {};
  const done = mine.filter((item) => known[item.id]?.done).length;

  const change = async (itemId: string, value: Partial<ChecklistAnswerValue>): Promise<boolean> => {
    const runId = run?.id ?? (await onRunNeeded());
    if (!runId) return false;
    const result = await setChecklistAnswer(runId, itemId, value);
    setError(result.ok ? null : t('storage.saveFailedDetail'));
    return result.ok;
  };

  const renderGroup = (items: typeof mine) =>
    groupItems(items).map(({ group, items: grouped }) => (
      <section key={group ?? 'ungrouped'} className="checklist-group">
        {group && <h2>{group}</h2>}
        <ul className="checklist">
          {grouped.map((item) => (
            <ChecklistItemView
              key={item.id}
              item={item}
              answer={known[item.id] ?? NOT_ANSWERED}
              onChange={(value) => change(item.id, value)}
            />
          ))}
        </ul>
      </section>
    ));

  return (
    <>
      {error && <p className="banner banner--warning" role="alert">{error}</p>}
      <p className="progress-line" aria-live="polite">
        <label htmlFor="checklist-progress">{t('checklists.progress', { done, total: mine.length })}</label>
        <progress id="checklist-progress" max={mine.length} value={done} />
      </p>
      {renderGroup(mine)}
      {others.length > 0 && (
        <details className="for-others no-print">
          <summary>{t('checklists.otherItems', { count: others.length })}</summary>
          {renderGroup(others)}
        </details>
      )}
    </>
  );
}

export function ChecklistPage() {
  const { checklistId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const { t } = useTranslation();
  const { content, settings } = useLocaleContent();
  const runs = useChecklistRuns(checklistId);
  const runList = runs.status === 'ready' ? runs.runs : [];
  const wanted = search.get('run');
  const run = runList.find((r) => r.id === wanted) ?? (wanted ? null : runList[0] ?? null);

  const startRun = async (label: string): Promise<string | null> => {
    const result = await createChecklistRun({ checklistId, label });
    if (!result.ok) return null;
    setSearch({ run: result.id }, { replace: true });
    return result.id;
  };

  return (
    <ContentState state={content}>
      {(index) => {
        const checklist = index.checklists.find((c) => c.id === checklistId);
        if (!checklist) return <NotFoundPage />;
        const easyRead = index.easyRead.find((page) => page.basedOn === checklist.id);
        const defaultLabel = `${checklist.title} – ${new Intl.DateTimeFormat(settings.localeTag, { dateStyle: 'medium' }).format(new Date())}`;
        return (
          <RichTextContext.Provider value={settings}>
            <article className="checklist-page" id="checklist-article">
              <PageHeading>{checklist.title}</PageHeading>
              <p className="lead">{checklist.summary}</p>
              <TranslationNotice state={checklist.translation} humanReviewed={index.status.humanReviewed} englishPath={`/en/checklists/${checklist.id}`} />
              <PageActions>
                <ReadAloudButton target="checklist-article" />
              </PageActions>
              {easyRead && (
                <p className="no-print">
                  <Link to={`/${settings.locale}/easy-read/${easyRead.id}`}>{t('checklists.easyRead')}</Link>
                </p>
              )}
              {runs.status === 'ready' && (
                <RunControls
                  runs={runList}
                  current={run}
                  onSelect={(id) => setSearch(id ? { run: id } : {}, { replace: true })}
                  onCreate={(label) => startRun(label || defaultLabel)}
                  defaultLabel={defaultLabel}
                />
              )}
              {runs.status === 'ready' && (
                <ChecklistBody checklist={checklist} run={run} onRunNeeded={() => startRun(defaultLabel)} />
              )}
              <SourcesList sources={checklist.sources} reviewed={checklist.reviewed} localeTag={settings.localeTag} />
            </article>
          </RichTextContext.Provider>
        );
      }}
    </ContentState>
  );
}
