import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { speechChunks } from './speech-chunks';
import { SpeechReader, type ReaderProgress } from './speech-reader';
import './read-aloud.css';

type Phase = { kind: 'idle' } | { kind: 'nothing' } | ReaderProgress;

interface Props {
  /** What to read: a ref to the element, or its id. */
  target: RefObject<HTMLElement | null> | string;
  /** BCP 47 tag of the text; defaults to the page's lang, which follows the reader's language. */
  lang?: string;
}

function speechSupported(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';
}

function SpeakerIcon() {
  return (
    <svg className="read-aloud__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
      <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/**
 * Reads part of the page aloud with the browser's own speech, in the reader's language, one block
 * at a time so long pages keep going. Hidden where the browser has no speech. Export it and give it
 * the element to read: `<ReadAloudButton target={articleRef} />` or `target="main-content"`.
 */
export function ReadAloudButton({ target, lang }: Props) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const reader = useRef<SpeechReader | null>(null);
  const active = phase.kind === 'reading' || phase.kind === 'paused';

  const start = () => {
    reader.current ??= new SpeechReader(window.speechSynthesis, window.SpeechSynthesisUtterance, setPhase);
    const element = typeof target === 'string' ? document.getElementById(target) : target.current;
    const chunks = element ? speechChunks(element) : [];
    if (!chunks.length) {
      reader.current.halt();
      setPhase({ kind: 'nothing' });
      return;
    }
    reader.current.start(chunks, lang ?? (document.documentElement.lang || 'en-GB'));
  };

  // Leaving the page, or the component going away, ends the reading: it must not talk over the next page.
  const [readingPath, setReadingPath] = useState(pathname);
  if (readingPath !== pathname) {
    setReadingPath(pathname);
    if (active) setPhase({ kind: 'idle' });
  }
  useEffect(() => () => {
    if (reader.current?.speaking) reader.current.halt();
  }, [pathname]);

  if (!speechSupported()) return null;

  const status =
    phase.kind === 'reading' ? t('readAloud.reading', { current: phase.index + 1, total: phase.total })
      : phase.kind === 'paused' ? t('readAloud.paused', { current: phase.index + 1, total: phase.total })
        : phase.kind === 'idle' ? '' : t(`readAloud.${phase.kind}`);

  return (
    <div className="read-aloud no-print" data-read-aloud="skip">
      <div className="read-aloud__buttons">
        <button type="button" className="button button--secondary read-aloud__start" aria-pressed={active} onClick={active ? () => reader.current?.stop() : start}>
          <SpeakerIcon />
          {t('readAloud.start')}
        </button>
        {active && (
          <>
            <button type="button" className="button button--secondary" onClick={() => (phase.kind === 'paused' ? reader.current?.resume() : reader.current?.pause())}>
              {phase.kind === 'paused' ? t('readAloud.resume') : t('readAloud.pause')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => reader.current?.stop()}>
              {t('readAloud.stop')}
            </button>
          </>
        )}
      </div>
      <p className="read-aloud__status" role="status" aria-live="polite">
        {status}
        {phase.kind === 'reading' && phase.noVoice && <> {t('readAloud.noVoice')}</>}
      </p>
    </div>
  );
}
