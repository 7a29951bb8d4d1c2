import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageActions } from '../../components/page-actions';

function canShare(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function';
}

/**
 * Print, Share (where the device can) and Copy as text, all with the same document; `children`
 * (such as Read aloud) join the row.
 */
export function DocumentActions({ title, text, children }: { title: string; text: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<{ kind: 'ok' | 'problem'; text: string } | null>(null);
  const [showText, setShowText] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);

  const share = async () => {
    setMessage(null);
    try {
      await navigator.share({ title, text });
    } catch (error) {
      // Closing the share sheet is a choice, not a failure.
      if ((error as Error | undefined)?.name === 'AbortError') return;
      setMessage({ kind: 'problem', text: t('templates.share.shareFailed') });
    }
  };

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setShowText(false);
      setMessage({ kind: 'ok', text: t('templates.share.copied') });
    } catch {
      setShowText(true);
      setMessage({ kind: 'problem', text: t('templates.share.copyFailed') });
      requestAnimationFrame(() => textRef.current?.select());
    }
  };

  return (
    <>
      <PageActions>
      {canShare() && (
        <button type="button" className="button button--secondary" onClick={() => void share()}>
          {t('templates.share.share')}
        </button>
      )}
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {t('templates.share.copy')}
      </button>
      {children}
      </PageActions>
      <p className={`document-actions__message no-print${message?.kind === 'problem' ? ' error-message' : ''}`} role="status" aria-live="polite">
        {message?.text}
      </p>
      {showText && (
        <p className="field document-actions__text no-print">
          <label htmlFor="document-text">{t('templates.share.textLabel')}</label>
          <textarea id="document-text" ref={textRef} readOnly rows={10} value={text} dir="auto" />
        </p>
      )}
    </>
  );
}
