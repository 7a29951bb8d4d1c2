import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { PageActions } from '../../../components/page-actions';
import type { ToolContext } from './tool-definition';

interface Props {
  context: ToolContext;
  title: string;
  text: () => string;
  announce: (message: string) => void;
  /** Offered on a fresh result; a saved one is already kept. */
  save?: { defaultLabel: string; onSave: (label: string) => Promise<boolean> };
}

type NavigatorWithShare = Navigator & { share?: (data: ShareData) => Promise<void> };

function canShare(): boolean {
  return typeof navigator !== 'undefined' && typeof (navigator as NavigatorWithShare).share === 'function';
}

async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Print, copy as text, share (where the device can), and save to this device with a name. */
export function ResultActions({ context, title, text, announce, save }: Props) {
  const { t, localeCode } = context;
  const id = useId();
  const [fallbackText, setFallbackText] = useState<string | null>(null);
  const [saving, setSaving] = useState<'idle' | 'busy' | 'saved'>('idle');
  const [label, setLabel] = useState(save?.defaultLabel ?? '');
  const fallbackRef = useRef<HTMLTextAreaElement>(null);

  const copy = async () => {
    const body = text();
    if (await copyToClipboard(body)) {
      setFallbackText(null);
      announce(t('tools.actions.copied'));
      return;
    }
    // No clipboard (an old browser, or permission refused): show the text ready to select.
    setFallbackText(body);
    announce(t('tools.actions.copyFallback'));
    setTimeout(() => fallbackRef.current?.select(), 0);
  };

  const share = async () => {
    try {
      await (navigator as NavigatorWithShare).share!({ title, text: text() });
    } catch (error) {
      // Closing the share sheet is not a failure.
      if ((error as { name?: string } | null)?.name !== 'AbortError') announce(t('tools.actions.shareFailed'));
    }
  };

  const submitSave = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!save || saving === 'busy') return;
    setSaving('busy');
    const ok = await save.onSave(label.trim() || save.defaultLabel);
    setSaving(ok ? 'saved' : 'idle');
    announce(ok ? t('tools.actions.saved', { label: label.trim() || save.defaultLabel }) : t('tools.actions.saveFailed'));
  };

  return (
    <section className="tool-actions no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('tools.actions.title')}</h2>
      <PageActions>
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('tools.actions.copy')}
        </button>
        {canShare() && (
          <button type="button" className="button button--secondary" onClick={() => void share()}>
            {t('tools.actions.share')}
          </button>
        )}
      </PageActions>
      {fallbackText !== null && (
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('tools.actions.copyFallbackLabel')}</label>
          <textarea id={`${id}-text`} ref={fallbackRef} readOnly rows={10} value={fallbackText} />
        </div>
      )}
      {save && (
        <form noValidate onSubmit={(event) => void submitSave(event)} className="tool-save">
          <div className="field">
            <label htmlFor={`${id}-label`}>{t('tools.actions.saveLabel')}</label>
            <div className="hint" id={`${id}-label-hint`}>{t('tools.actions.saveHint')}</div>
            <input
              id={`${id}-label`}
              type="text"
              className="tool-input__box tool-input__box--30"
              value={label}
              aria-describedby={`${id}-label-hint`}
              onChange={(event) => {
                setLabel(event.target.value);
                if (saving === 'saved') setSaving('idle');
              }}
            />
          </div>
          <p className="button-row">
            <button type="submit" className="button" disabled={saving === 'busy'}>
              {t('tools.actions.save')}
            </button>
            <Link to={`/${localeCode}/tools/saved`}>{t('tools.actions.seeSaved')}</Link>
          </p>
        </form>
      )}
    </section>
  );
}
