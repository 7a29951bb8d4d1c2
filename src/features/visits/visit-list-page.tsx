import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { useReader } from '../../lib/use-reader';
import { useVisits } from '../../storage';
import { formatDate } from './format';
import { LockedRecords } from '../../components/locked-records';
import './visits.css';

/** Visits shown at first and added by each "show more": thousands of visits still open at once. */
export const VISITS_PAGE_SIZE = 50;

export function VisitListPage() {
  const { t } = useTranslation();
  const { locale } = useReader();
  const [limit, setLimit] = useState(VISITS_PAGE_SIZE);
  const visits = useVisits(limit);
  const [search] = useSearchParams();
  return (
    <>
      <PageHeading>{t('visits.list.title')}</PageHeading>
      {search.get('deleted') === '1' && (
        <p className="banner banner--success" role="status">
          {t('visits.delete.done')}
        </p>
      )}
      <p className="lead">{t('visits.list.intro')}</p>
      <p className="hint">{t('visits.list.private')}</p>
      <p className="button-row">
        <Link className="button" to={`/${locale.code}/visits/new`}>
          {t('visits.list.new')}
        </Link>
      </p>
      {visits.status === 'loading' && <Loading />}
      {visits.status === 'locked' && <LockedRecords bodyKey="visits.locked.body" unlockKey="visits.locked.unlock" />}
      {visits.status === 'ready' && visits.value.total === 0 && <p>{t('visits.list.none')}</p>}
      {visits.status === 'ready' && visits.value.total > 0 && (
        <>
          <h2>{t('visits.list.count', { count: visits.value.total })}</h2>
          <ul className="record-list" data-testid="visit-list">
            {visits.value.visits.map(({ visit, openFollowUps }) => (
              <li key={visit.id} className="record-list__item">
                <Link to={`/${locale.code}/visits/${visit.id}`} className="record-list__title">
                  {visit.place}
                </Link>
                <p className="record-list__meta">
                  <time dateTime={visit.date}>{formatDate(visit.date, locale.tag)}</time>
                  {visit.seen && <> · {t('visits.list.seen', { name: visit.seen })}</>}
                  {openFollowUps > 0 && <> · {t('visits.list.open', { count: openFollowUps })}</>}
                </p>
              </li>
            ))}
          </ul>
          {visits.value.visits.length < visits.value.total && (
            <p>
              <button type="button" className="button button--secondary" onClick={() => setLimit((current) => current + VISITS_PAGE_SIZE)}>
                {t('visits.list.more', { shown: visits.value.visits.length, total: visits.value.total })}
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}
