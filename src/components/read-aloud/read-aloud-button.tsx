import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { pickVoice, speechChunks, type SpeechChunk } from './speech-chunks';
import './read-aloud.css';

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; index: number; total: number }
  | { kind: 'paused'; index: number; total: number }
  | { kind: 'stopped' | 'finished' | 'nothing' | 'failed' };

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
 * Reads part of the page aloud with the browser's own speech (nothing is sent anywhere by us), in
 * the reader's language, one block at a time so long pages keep going. Hidden where the browser
 * has no speech. Pausing stops the current block and carrying on starts it again, because
 * speechSynthesis.pause() does nothing on some phones.
 */
export function ReadAloudButton({ target, lang }: Props) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [noVoice, setNoVoice] = useState(false);
  const chunks = useRef<SpeechChunk[]>([]);
  const position = useRef(0);
  // Bumped whenever reading stops or restarts, so late events from a cancelled utterance are ignored.
  const generation = useRef(0);
  // Kept so the browser does not garbage-collect the utterance before its end event (a Chrome bug).
  const utterance = useRef<SpeechSynthesisUtterance | null>(null);
  // True from the first word until reading ends, for clean-up code that cannot see the state.
  const speaking = useRef(false);
  const active = phase.kind === 'reading' || phase.kind === 'paused';

  const halt = useCallback(() => {
    generation.current += 1;
    utterance.current = null;
    speaking.current = false;
    if (speechSupported()) window.speechSynthesis.cancel();
  }, []);

  const speakFrom = useCallback((index: number) => {
    const synth = window.speechSynthesis;
    const list = chunks.current;
    if (index >= list.length) {
      utterance.current = null;
      speaking.current = false;
      setPhase({ kind: 'finished' });
      return;
    }
    const run = generation.current;
    const chunk = list[index]!;
    const tag = chunk.lang ?? lang ?? (document.documentElement.lang || 'en-GB');
    const spoken = new window.SpeechSynthesisUtterance(chunk.text);
    spoken.lang = tag;
    const voices = synth.getVoices();
    const voice = pickVoice(voices, tag);
    if (voice) spoken.voice = voice;
    if (!chunk.lang) setNoVoice(voices.length > 0 && !voice);
    spoken.onend = () => {
      if (run !== generation.current) return;
      position.current = index + 1;
      speakFrom(index + 1);
    };
    spoken.onerror = (event) => {
      if (run !== generation.current || event.error === 'interrupted' || event.error === 'canceled') return;
      generation.current += 1;
      utterance.current = null;
      speaking.current = false;
      setPhase({ kind: 'failed' });
    };
    utterance.current = spoken;
    speaking.current = true;
    position.current = index;
    setPhase({ kind: 'reading', index, total: list.length });
    synth.speak(spoken);
  }, [lang]);

  const start = () => {
    const element = typeof target === 'string' ? document.getElementById(target) : target.current;
    halt();
    chunks.current = element ? speechChunks(element) : [];
    if (!chunks.current.length) {
      setPhase({ kind: 'nothing' });
      return;
    }
    speakFrom(0);
  };

  const pause = () => {
    halt();
    setPhase({ kind: 'paused', index: position.current, total: chunks.current.length });
  };

  const resume = () => {
    halt();
    speakFrom(position.current);
  };

  const stop = () => {
    halt();
    setPhase({ kind: 'stopped' });
  };

  // Leaving the page, or the component going away, ends the reading: it must not talk over the next page.
  const [readingPath, setReadingPath] = useState(pathname);
  if (readingPath !== pathname) {
    setReadingPath(pathname);
    if (active) setPhase({ kind: 'idle' });
  }
  useEffect(() => () => {
    if (speaking.current) halt();
  }, [pathname, halt]);

  if (!speechSupported()) return null;

  const status =
    phase.kind === 'reading' ? t('readAloud.reading', { current: phase.index + 1, total: phase.total })
      : phase.kind === 'paused' ? t('readAloud.paused', { current: phase.index + 1, total: phase.total })
        : phase.kind === 'idle' ? '' : t(`readAloud.${phase.kind}`);

  return (
    <div className="read-aloud no-print" data-read-aloud="skip">
      <div className="read-aloud__buttons">
        <button type="button" className="button button--secondary read-aloud__start" aria-pressed={active} onClick={active ? stop : start}>
          <SpeakerIcon />
          {t('readAloud.start')}
        </button>
        {active && (
          <>
            <button type="button" className="button button--secondary" onClick={phase.kind === 'paused' ? resume : pause}>
              {phase.kind === 'paused' ? t('readAloud.resume') : t('readAloud.pause')}
            </button>
            <button type="button" className="button button--secondary" onClick={stop}>
              {t('readAloud.stop')}
            </button>
          </>
        )}
      </div>
      <p className="read-aloud__status" role="status" aria-live="polite">
        {status}
        {active && noVoice && <> {t('readAloud.noVoice')}</>}
      </p>
    </div>
  );
}
