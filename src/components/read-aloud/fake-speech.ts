/** A stand-in for the browser's speechSynthesis, for tests: records what is spoken and lets the test finish each utterance. */
import { vi } from 'vitest';

export class FakeUtterance {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  onend: ((event: Event) => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

export function fakeVoice(lang: string, name = lang, localService = true): SpeechSynthesisVoice {
  return { lang, name, localService, default: false, voiceURI: name } as SpeechSynthesisVoice;
}

export function fakeSpeechSynthesis(voices: SpeechSynthesisVoice[] = []) {
  const spoken: FakeUtterance[] = [];
  let current: FakeUtterance | null = null;
  const synth = {
    speak: vi.fn((utterance: FakeUtterance) => {
      spoken.push(utterance);
      current = utterance;
    }),
    // Like Chrome: cancelling reports an "interrupted" error on the utterance being spoken.
    cancel: vi.fn(() => {
      const interrupted = current;
      current = null;
      interrupted?.onerror?.({ error: 'interrupted' });
    }),
    pause: vi.fn(),
    resume: vi.fn(),
    getVoices: vi.fn(() => voices),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  };
  return {
    synth,
    spoken,
    texts: () => spoken.map((utterance) => utterance.text),
    /** The browser finishes the utterance it is speaking. */
    finishCurrent: () => {
      const done = current;
      current = null;
      done?.onend?.(new Event('end'));
    },
    /** A late end event from an utterance that was cancelled, as some browsers send. */
    endLate: (utterance: FakeUtterance) => utterance.onend?.(new Event('end')),
    install: () => {
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true, writable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
    },
  };
}

export function uninstallSpeech(): void {
  delete (window as { speechSynthesis?: unknown }).speechSynthesis;
  delete (window as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance;
}
