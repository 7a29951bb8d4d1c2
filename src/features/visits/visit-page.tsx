import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '../../components/loading';
import { NotFoundPage } from '../../components/not-found-page';
import { PageActions } from '../../components/page-actions';
import { PageHeading } from '../../components/page-heading';
import { useLocaleContent } from '../../lib/use-locale-content';
import { useReader } from '../../lib/use-reader';
import {
  createChecklistRun,
  deleteVisit,
  updateVisit,
  useChecklistRuns,
  useSavedResults,
  useVisit,
  type VisitDetail,
  type WriteFailureReason,
} from '../../storage';
import { FollowUpList } from './follow-up-list';
import { formatDate } from './format';
import { LockedRecords } from '../../components/locked-records';
import { ShareVisit } from './share-visit';
import type { SummaryAttachment } from './visit-summary-text';
import './visits.css';

/** The checklist a rep fills in on a visit; the page offers to start a copy of it for this visit. */
const HOME_VISIT_CHECKLIST = 'home-visit';

function DeleteVisit({ detail, attachments }: { detail: VisitDetail; attachments: { checklists: number; results: number } }) {
  const { t } = useTranslation();
  const { locale } = useReader();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<WriteFailureReason | null>(null);
  const remove = async () => {
    const result = await deleteVisit(detail.visit.id);
    if (!result.ok) {
      setFailure(result.reason);
      return;
    }
    navigate(`/${locale.code}/visits?deleted=1`, { replace: true });
  };
  return (
    <section aria-labelledby="delete-visit-title" className="no-print">
      <h2 id="delete-visit-title">{t('visits.delete.title')}</h2>
      <p>{t('visits.delete.body')}</p>
      {failure && (
        <p className="banner banner--warning" role="alert">
          {t(`visits.delete.failed.${failure === 'not-found' ? 'not-found' : failure === 'locked' ? 'locked' : 'error'}`)}
        </p>
      )}
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-labelledby="delete-visit-confirm" aria-describedby="delete-visit-what">
          <p id="delete-visit-confirm">
            <strong>{t('visits.delete.confirm', { place: detail.visit.place })}</strong>
          </p>
          <ul id="delete-visit-what">
            <li>{t('visits.delete.followUps', { count: detail.followUps.length })}</li>
            <li>{t('visits.delete.checklists', { count: attachments.checklists })}</li>
            <li>{t('visits.delete.results', { count: attachments.results })}</li>
          </ul>
          <p className="button-row">
            <button type="button" className="button button--warning" autoFocus onClick={() => void remove()}>
              {t('visits.delete.yes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('visits.form.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <button type="button" className="button button--warning" onClick={() => setConfirming(true)}>
          {t('visits.delete.button')}
        </button>
      )}
    </section>
  );
}

function VisitView({ detail }: { detail: VisitDetail }) {
  const { t } = useTranslation();
  const { locale } = useReader();
  const navigate = useNavigate();
  const { content } = useLocaleContent();
  const runs = useChecklistRuns();
  const results = useSavedResults();
  const [startFailure, setStartFailure] = useState<WriteFailureReason | null>(null);
  const { visit, followUps } = detail;
  const checklistTitles = new Map(content.status === 'ready' ? content.data.checklists.map((c) => [c.id, c.title]) : []);
  const attachedRuns = runs.status === 'ready' ? runs.runs.filter((run) => visit.checklistRunIds.includes(run.id)) : [];
  const attachedResults = results.status === 'ready' ? results.results.filter((result) => visit.savedResultIds.includes(result.id)) : [];
  const checklistLines: SummaryAttachment[] = attachedRuns.map((run) => ({ label: run.label, detail: checklistTitles.get(run.checklistId) ?? run.checklistId }));
  const resultLines: SummaryAttachment[] = attachedResults.map((result) => ({
    label: result.label || t('visits.view.untitledResult'),
    detail: t('visits.view.savedOn', { date: formatDate(result.createdAt.slice(0, 10), locale.tag) }),
  }));

  const startChecklist = async () => {
    const created = await createChecklistRun({ checklistId: HOME_VISIT_CHECKLIST, label: `${visit.place} – ${formatDate(visit.date, locale.tag, 'medium')}` });
    if (!created.ok) {
      setStartFailure(created.reason);
      return;
    }
    const attached = await updateVisit(visit.id, { ...visit, checklistRunIds: [...visit.checklistRunIds, created.id] });
    if (!attached.ok) {
      setStartFailure(attached.reason);
      return;
    }
    navigate(`/${locale.code}/checklists/${HOME_VISIT_CHECKLIST}?run=${encodeURIComponent(created.id)}`);
  };

  return (
    <article className="visit">
      <PageHeading>{t('visits.view.title', { date: formatDate(visit.date, locale.tag) })}</PageHeading>
      <p className="lead">{visit.place}</p>
      <PageActions>
        <ShareVisit detail={detail} checklists={checklistLines} results={resultLines} />
        <Link className="button button--secondary" to={`/${locale.code}/visits/${visit.id}/edit`}>
          {t('visits.view.edit')}
        </Link>
      </PageActions>
      <dl className="summary-list">
        <div>
          <dt>{t('visits.fields.date')}</dt>
          <dd><time dateTime={visit.date}>{formatDate(visit.date, locale.tag)}</time></dd>
        </div>
        <div>
          <dt>{t('visits.fields.place')}</dt>
          <dd>{visit.place}</dd>
        </div>
        <div>
          <dt>{t('visits.fields.seen')}</dt>
          <dd>{visit.seen || t('visits.view.notRecorded')}</dd>
        </div>
        <div>
          <dt>{t('visits.fields.findings')}</dt>
          <dd className="visit-findings">{visit.findings || t('visits.view.notRecorded')}</dd>
        </div>
      </dl>

      <section aria-labelledby="visit-checklists-title">
        <h2 id="visit-checklists-title">{t('visits.view.checklists')}</h2>
        {attachedRuns.length === 0 ? (
          <p>{t('visits.view.noChecklists')}</p>
        ) : (
          <ul>
            {attachedRuns.map((run) => (
              <li key={run.id}>
                <Link to={`/${locale.code}/checklists/${run.checklistId}?run=${encodeURIComponent(run.id)}`}>{run.label}</Link>{' '}
                <span className="hint">({checklistTitles.get(run.checklistId) ?? run.checklistId})</span>
              </li>
            ))}
          </ul>
        )}
        {startFailure && (
          <p className="banner banner--warning" role="alert">
            {t(`visits.saveFailed.${startFailure}`)}
          </p>
        )}
        {checklistTitles.has(HOME_VISIT_CHECKLIST) && (
          <p className="no-print">
            <button type="button" className="button button--secondary" onClick={() => void startChecklist()}>
              {t('visits.view.startChecklist', { title: checklistTitles.get(HOME_VISIT_CHECKLIST) })}
            </button>
          </p>
        )}
      </section>

      <section aria-labelledby="visit-results-title">
        <h2 id="visit-results-title">{t('visits.view.results')}</h2>
        {attachedResults.length === 0 ? (
          <p>{t('visits.view.noResults')}</p>
        ) : (
          <ul>
            {attachedResults.map((result, index) => (
              <li key={result.id}>
                <Link to={`/${locale.code}/tools/saved/${encodeURIComponent(result.id)}`}>{resultLines[index]?.label}</Link>{' '}
                <span className="hint">({resultLines[index]?.detail})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <FollowUpList visitId={visit.id} followUps={followUps} />
      <DeleteVisit detail={detail} attachments={{ checklists: attachedRuns.length, results: attachedResults.length }} />
      <p className="no-print">
        <Link to={`/${locale.code}/visits`}>{t('visits.view.back')}</Link>
      </p>
    </article>
  );
}

export function VisitPage() {
  const { t } = useTranslation();
  const { visitId = '' } = useParams();
  const loaded = useVisit(visitId);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'locked') {
    return (
      <>
        <PageHeading>{t('visits.list.title')}</PageHeading>
        <LockedRecords bodyKey="visits.locked.body" unlockKey="visits.locked.unlock" />
      </>
    );
  }
  if (!loaded.value) return <NotFoundPage />;
  return <VisitView detail={loaded.value} />;
}
