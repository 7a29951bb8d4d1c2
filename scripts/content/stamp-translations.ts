/**
 * `npm run i18n:stamp -- <locale> [file ...]`: records, in each translated file, the revision of the
 * English file it now matches. Run it only after checking the translation against the current
 * English: the stamp is what lets the build and the app say a translation is up to date.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { revisionOf, REFERENCE_LOCALE } from './build-content-lib';

const root = resolve(import.meta.dirname, '../..');
const contentDir = join(root, 'content');

/** Sets or replaces `sourceRevision:` in YAML or Markdown front matter, keeping everything else. */
export function stampText(text: string, revision: string, isMarkdown: boolean): string {
  const line = `sourceRevision: ${revision}`;
  if (/^sourceRevision:.*$/m.test(text)) return text.replace(/^sourceRevision:.*$/m, line);
  if (isMarkdown) return text.replace(/^---\n/, `---\n${line}\n`);
  return `${line}\n${text}`;
}

function translatedFiles(locale: string): string[] {
  const base = join(contentDir, locale);
  const out: string[] = [];
  for (const kind of ['guides', 'checklists', 'templates', 'easy-read']) {
    const dir = join(base, kind);
    if (existsSync(dir)) out.push(...readdirSync(dir).map((name) => join(dir, name)));
  }
  if (existsSync(join(base, 'glossary.yaml'))) out.push(join(base, 'glossary.yaml'));
  return out;
}

function main(): void {
  const [locale, ...files] = process.argv.slice(2);
  if (!locale || locale === REFERENCE_LOCALE) {
    console.error('Usage: npm run i18n:stamp -- <locale> [file ...]   (a translation locale, not en)');
    process.exit(2);
  }
  const targets = files.length ? files.map((f) => resolve(f)) : translatedFiles(locale);
  for (const file of targets) {
    const rel = relative(join(contentDir, locale), file);
    const english = join(contentDir, REFERENCE_LOCALE, rel);
    if (!existsSync(english)) {
      console.error(`No English file for ${relative(root, file)}; not stamped.`);
      process.exitCode = 1;
      continue;
    }
    const revision = revisionOf(readFileSync(english, 'utf8'));
    writeFileSync(file, stampText(readFileSync(file, 'utf8'), revision, file.endsWith('.md')));
    console.log(`${relative(root, file)} → ${revision}`);
  }
}

main();
