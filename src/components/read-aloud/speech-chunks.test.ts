// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fakeVoice } from './fake-speech';
import { MAX_CHUNK_LENGTH, pickVoice, speechChunks, splitLongText } from './speech-chunks';

function html(markup: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = markup;
  document.body.append(root);
  return root;
}

describe('speechChunks', () => {
  it('reads each heading, paragraph, list item and label as its own piece, with inline text kept together', () => {
    const root = html(`
      <h1>Timesheet</h1>
      <p>Fill this in <strong>each day</strong> and <a href="#">sign it</a>.</p>
      <ul><li>Start time</li><li>Finish time</li></ul>
      <label for="x">PA's name</label><input id="x" value="typed">
    `);
    expect(speechChunks(root).map((c) => c.text)).toEqual(['Timesheet', 'Fill this in each day and sign it.', 'Start time', 'Finish time', "PA's name"]);
  });

  it('leaves out controls, hidden and screen-reader-only text, print-only copies and closed details', () => {
    const root = html(`
      <p>Shown</p>
      <button>Print</button>
      <p hidden>Hidden</p>
      <p aria-hidden="true">Decoration</p>
      <span class="visually-hidden">Error:</span>
      <div class="print-only"><p>Printed copy</p></div>
      <div data-read-aloud="skip"><p>Reading controls</p></div>
      <details><summary>More</summary><p>Inside closed details</p></details>
      <details open><summary>Open</summary><p>Inside open details</p></details>
      <textarea>Typed note</textarea>
    `);
    expect(speechChunks(root).map((c) => c.text)).toEqual(['Shown', 'More', 'Open', 'Inside open details']);
  });

  it('keeps the language of passages marked in another language', () => {
    const root = html('<p>Darllenwch hwn.</p><p><a lang="en-GB" href="#">Read the English version</a></p>');
    expect(speechChunks(root)).toEqual([{ text: 'Darllenwch hwn.' }, { text: 'Read the English version', lang: 'en-GB' }]);
  });

  it('splits a very long paragraph at sentence ends so no piece is too long to speak', () => {
    const sentence = 'Travel between visits counts as working time and must be paid. ';
    const root = html(`<p>${sentence.repeat(12)}</p>`);
    const chunks = speechChunks(root);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.text.length).toBeLessThanOrEqual(MAX_CHUNK_LENGTH);
    expect(chunks.map((c) => c.text).join(' ')).toBe(sentence.repeat(12).trim());
  });
});

describe('splitLongText', () => {
  it('cuts a sentence with no full stop at spaces', () => {
    const words = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
    const pieces = splitLongText(words, 50);
    expect(pieces.every((p) => p.length <= 50)).toBe(true);
    expect(pieces.join(' ')).toBe(words);
  });
});

describe('pickVoice', () => {
  const voices = [fakeVoice('en-US', 'US', true), fakeVoice('en-GB', 'GB online', false), fakeVoice('en_GB', 'GB device', true), fakeVoice('cy-GB', 'Welsh')];

  it('prefers a voice for exactly the reader’s language, on the device', () => {
    expect(pickVoice(voices, 'en-GB')?.name).toBe('GB device');
    expect(pickVoice(voices, 'cy-GB')?.name).toBe('Welsh');
  });

  it('falls back to the same language from another country, or none', () => {
    expect(pickVoice([fakeVoice('pl-PL')], 'pl')?.lang).toBe('pl-PL');
    expect(pickVoice(voices, 'ar')).toBeUndefined();
  });
});
