import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { useReader } from '../../lib/use-reader';
import { deleteSavedResult, useSavedResults, type SavedResult } from '../../storage';
import { BackLink } from './flow/back-link';
import { findTool } from './tool-registry';
import './tools.css';

function savedOn(createdAt: string, localeTag: string): string {
  const date = new Date(createdAt);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(localeTag, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' }).format(date);
}

function SavedRow({ saved, onDeleted }: { saved: SavedResult; onDeleted: (label: string, ok: boolean) => void }) {
  const { t } = useTranslation();
  const { locale } = useReader();
  const [confirming, setConfirming] = useState(false);
  const tool = findTool(saved.tool);
  const label = saved.label || t('tools.saved.untitled');
  return (
    <li className="tool-saved-item">
      <h2 className="tool-saved-item__title">
        <Link to={`/${locale.code}/tools/saved/${encodeURIComponent(saved.id)}`}>{label}</Link>
      </h2>
      <p className="card__meta">
        {tool ? t(`${tool.ns}.title`) : t('tools.saved.unknownTool')}
        {' · '}
        {t('tools.saved.savedOn', { date: savedOn(saved.createdAt, locale.tag) })}
      </p>
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby={`delete-${saved.id}`}>
          <p id={`delete-${saved.id}`}>{t('tools.saved.deleteConfirm', { label })}</p>
          <p className="button-row">
            <button
              type="button"
              className="button button--warning"
              autoFocus
              onClick={() => void deleteSavedResult(saved.id).then((result) => onDeleted(label, result.ok))}
            >
              {t('tools.saved.deleteYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {t('tools.common.cancel')}
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            {t('tools.saved.delete')}
            <span className="visually-hidden"> {label}</span>
          </button>
        </p>
      )}
    </li>
  );
}

/** Results kept on this device: reopen one, or delete it. */
export function SavedResultsPage() {
  const { t } = useTranslation();
  const { locale } = useReader();
  const saved = useSavedResults();
  const [status, setStatus] = useState('');
  return (
    <>
      <BackLink to={`/${locale.code}/tools`} />
      <PageHeading>{t('tools.saved.title')}</PageHeading>
      <p>{t('tools.saved.intro')}</p>
      <p className="tool-status" role="status" aria-live="polite">{status}</p>
      {saved.status === 'loading' ? (
        <Loading />
      ) : saved.results.length === 0 ? (
        <p>{t('tools.saved.none')}</p>
      ) : (
        <ul className="tool-saved-list">
          {saved.results.map((result) => (
            <SavedRow
              key={result.id}
              saved={result}
              onDeleted={(label, ok) => setStatus(ok ? t('tools.saved.deleted', { label }) : t('tools.saved.deleteFailed'))}
            />
          ))}
        </ul>
      )}
      <p>
        <Link to={`/${locale.code}/tools`}>{t('tools.list.title')}</Link>
      </p>
    </>
  );
}
