/**
 * Turns a part of the page into short pieces of text to speak one after another. Browsers cut off
 * or stall long utterances (Chrome stops after about 15 seconds on some systems), so each block of
 * text (a heading, a paragraph, a list item, a label) is read on its own, and very long blocks are
 * split at sentence ends.
 */

export interface SpeechChunk {
  text: string;
  /** The language of this piece, when the page marks it as different from the reader's (lang="…"). */
  lang?: string;
}

/** Elements whose text belongs together; anything else (links, bold) is part of the block around it. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'LABEL', 'LEGEND', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/**
 * Not read: what sighted readers do not see (hidden, print-only, screen-reader-only text), controls
 * (their labels are read instead) and anything marked to be skipped, such as the reading controls.
 */
const SKIP_SELECTOR = [
  '[hidden]', '[aria-hidden="true"]', '.visually-hidden', '.print-only', '[data-read-aloud="skip"]',
  'button', 'input', 'select', 'textarea', 'script', 'style', 'template', 'noscript', 'svg',
].join(', ');

/** Longest piece spoken in one go; about 20 seconds of speech. */
export const MAX_CHUNK_LENGTH = 300;

function isShown(element: Element, root: Element): boolean {
  if (element.closest(SKIP_SELECTOR)) return false;
  // Text inside a closed <details> is hidden, except its <summary>.
  for (let node: Element | null = element; node && node !== root.parentElement; node = node.parentElement) {
    if (node.tagName === 'DETAILS' && !(node as HTMLDetailsElement).open) {
      const summary = element.closest('summary');
      if (!summary || summary.parentElement !== node) return false;
    }
  }
  // Where the browser can tell (not jsdom), also leave out text hidden by CSS.
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(element) : true;
}

function blockOf(element: Element, root: Element): Element {
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    if (BLOCK_TAGS.has(node.tagName)) return node;
  }
  return root;
}

function langOf(element: Element, root: Element): string | undefined {
  const marked = element.closest('[lang]');
  return marked && root.contains(marked) && marked !== root ? marked.getAttribute('lang') || undefined : undefined;
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Splits text longer than `max` at sentence ends, and failing that at spaces. */
export function splitLongText(text: string, max = MAX_CHUNK_LENGTH): string[] {
  if (text.length <= max) return [text];
  const sentences = text.split(/(?<=[.!?;:…。؟۔।])\s+/u);
  const pieces: string[] = [];
  let current = '';
  const push = (piece: string) => {
    if (piece) pieces.push(piece);
  };
  for (const sentence of sentences) {
    if (sentence.length > max) {
      push(current);
      let rest = sentence;
      while (rest.length > max) {
        const cut = rest.lastIndexOf(' ', max);
        const at = cut > 0 ? cut : max;
        push(rest.slice(0, at).trim());
        rest = rest.slice(at).trim();
      }
      current = rest;
    } else if (current && current.length + 1 + sentence.length > max) {
      push(current);
      current = sentence;
    } else {
      current = current ? `${current} ${sentence}` : sentence;
    }
  }
  push(current);
  return pieces;
}

/** The text a sighted reader sees in `root`, as pieces to speak in order. */
export function speechChunks(root: Element): SpeechChunk[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const groups: { block: Element; lang: string | undefined; text: string }[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim() || !isShown(parent, root)) continue;
    const block = blockOf(parent, root);
    const lang = langOf(parent, root);
    const last = groups.at(-1);
    if (last && last.block === block && last.lang === lang) last.text += node.textContent;
    else groups.push({ block, lang, text: node.textContent });
  }
  return groups.flatMap(({ text, lang }) => {
    const tidied = tidy(text);
    if (!tidied) return [];
    return splitLongText(tidied).map((piece) => (lang ? { text: piece, lang } : { text: piece }));
  });
}

const normalise = (tag: string) => tag.replace(/_/g, '-').toLowerCase();

/**
 * The voice for a language tag: one for exactly that tag (en-GB), else one for the same language
 * (any English), preferring voices on the device, which work offline.
 */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], tag: string): SpeechSynthesisVoice | undefined {
  const wanted = normalise(tag);
  const language = wanted.split('-')[0];
  const onDeviceFirst = [...voices].sort((a, b) => Number(b.localService) - Number(a.localService));
  return (
    onDeviceFirst.find((voice) => normalise(voice.lang) === wanted) ??
    onDeviceFirst.find((voice) => normalise(voice.lang).split('-')[0] === language)
  );
}
