import { pickVoice, type SpeechChunk } from './speech-chunks';

export type ReaderProgress =
  | { kind: 'reading'; index: number; total: number; /** The device has voices, but none for this language. */ noVoice: boolean }
  | { kind: 'paused'; index: number; total: number }
  | { kind: 'finished' }
  | { kind: 'stopped' }
  | { kind: 'failed' };

/**
 * Speaks a list of chunks one after another with the browser's speechSynthesis. Pausing cancels the
 * current chunk and carrying on starts it again, because speechSynthesis.pause() does nothing on
 * some phones. Every stop or restart begins a new "run", so the end and error events that a
 * cancelled utterance still fires are recognised as stale and ignored.
 */
export class SpeechReader {
  private chunks: readonly SpeechChunk[] = [];
  private lang = 'en-GB';
  private position = 0;
  private run = 0;
  // Kept so the browser does not garbage-collect the utterance before its end event (a Chrome bug).
  private utterance: SpeechSynthesisUtterance | null = null;

  constructor(
    private readonly synth: SpeechSynthesis,
    private readonly Utterance: typeof SpeechSynthesisUtterance,
    private readonly report: (progress: ReaderProgress) => void,
  ) {}

  /** True while words are being spoken or queued (not when paused). */
  get speaking(): boolean {
    return this.utterance !== null;
  }

  start(chunks: readonly SpeechChunk[], lang: string): void {
    this.halt();
    this.chunks = chunks;
    this.lang = lang;
    this.speakFrom(0);
  }

  pause(): void {
    this.halt();
    this.report({ kind: 'paused', index: this.position, total: this.chunks.length });
  }

  resume(): void {
    this.halt();
    this.speakFrom(this.position);
  }

  stop(): void {
    this.halt();
    this.report({ kind: 'stopped' });
  }

  /** Silences everything without reporting, for when the page is going away. */
  halt(): void {
    this.run += 1;
    this.utterance = null;
    this.synth.cancel();
  }

  private speakFrom(index: number): void {
    if (index >= this.chunks.length) {
      this.utterance = null;
      this.report({ kind: 'finished' });
      return;
    }
    const run = this.run;
    const chunk = this.chunks[index]!;
    const tag = chunk.lang ?? this.lang;
    const utterance = new this.Utterance(chunk.text);
    utterance.lang = tag;
    const voices = this.synth.getVoices();
    const voice = pickVoice(voices, tag);
    if (voice) utterance.voice = voice;
    utterance.onend = () => {
      if (run !== this.run) return;
      this.speakFrom(index + 1);
    };
    utterance.onerror = (event) => {
      if (run !== this.run || event.error === 'interrupted' || event.error === 'canceled') return;
      this.run += 1;
      this.utterance = null;
      this.report({ kind: 'failed' });
    };
    this.utterance = utterance;
    this.position = index;
    this.report({ kind: 'reading', index, total: this.chunks.length, noVoice: voices.length > 0 && !voice });
    this.synth.speak(utterance);
  }
}
