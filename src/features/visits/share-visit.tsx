import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReader } from '../../lib/use-reader';
import type { VisitDetail } from '../../storage';
import { formatDate } from './format';
import { visitSummaryText, type SummaryAttachment } from './visit-summary-text';

type NavigatorWithShare = Navigator & { share?: (data: ShareData) => Promise<void> };

function canShare(): boolean {
  return typeof navigator !== 'undefined' && typeof (navigator as NavigatorWithShare).share === 'function';
}

interface Props {
  detail: VisitDetail;
  checklists: readonly SummaryAttachment[];
  results: readonly SummaryAttachment[];
}

/**
 * Share the summary where the device can (the Web Share API: a message, an email), else copy it
 * as text; if even copying is refused, show the text ready to select. Nothing is sent by FairPA.
 */
export function ShareVisit({ detail, checklists, results }: Props) {
  const { t } = useTranslation();
  const { locale } = useReader();
  const [fallback, setFallback] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const text = () => visitSummaryText(t, locale.tag, { visit: detail.visit, followUps: detail.followUps, checklists, results });

  const copy = async () => {
    const body = text();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(body);
      setFallback(null);
      setStatus(t('visits.share.copied'));
    } catch {
      setFallback(body);
      setStatus(t('visits.share.copyFallback'));
      setTimeout(() => fallbackRef.current?.select(), 0);
    }
  };

  const share = async () => {
    try {
      await (navigator as NavigatorWithShare).share!({ title: t('visits.summary.title', { date: formatDate(detail.visit.date, locale.tag) }), text: text() });
    } catch (error) {
      // Closing the share sheet is not a failure.
      if ((error as { name?: string } | null)?.name !== 'AbortError') setStatus(t('visits.share.shareFailed'));
    }
  };

  return (
    <>
      {canShare() && (
        <button type="button" className="button button--secondary" onClick={() => void share()}>
          {t('visits.share.share')}
        </button>
      )}
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {t('visits.share.copy')}
      </button>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {fallback !== null && (
        <div className="field visit-share-text">
          <label htmlFor="visit-share-text">{t('visits.share.textLabel')}</label>
          <textarea id="visit-share-text" ref={fallbackRef} readOnly rows={12} value={fallback} />
        </div>
      )}
    </>
  );
}
