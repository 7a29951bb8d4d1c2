/**
 * Size and build-time figures for the production app: the JavaScript and CSS the home route needs
 * on a first visit (gzip), the total size of everything the service worker precaches, and how long
 * the build took.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Sources the home route loads on a first visit besides the entry's static imports. */
export const HOME_ROUTE_SOURCES = [
  'src/features/home/home-page.tsx',
  'src/content/generated/en/ui.json',
  'src/content/generated/en/summary.json',
];

function gzipSize(file: string): number {
  return gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
}

/** The entry plus everything reachable through static imports, from each starting chunk. */
export function firstLoadFiles(manifest: Manifest, startKeys: readonly string[]): { js: Set<string>; css: Set<string> } {
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    chunk.css?.forEach((file) => css.add(file));
    chunk.imports?.forEach(visit);
  };
  startKeys.forEach(visit);
  return { js, css };
}

export function precacheFiles(swSource: string): string[] {
  return [...swSource.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);
}

export interface AppSizeFigures {
  buildSeconds: number;
  firstLoadJsGzipBytes: number;
  firstLoadCssGzipBytes: number;
  /** As stored on the device. */
  precacheBytes: number;
  /** As downloaded (gzip), which is what a reader's data plan pays for. */
  precacheGzipBytes: number;
  precacheEntries: number;
}

export function benchAppSize(): AppSizeFigures {
  const started = performance.now();
  execFileSync('npx', ['tsx', 'scripts/content/build-content.ts'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: root, stdio: 'inherit' });
  const buildSeconds = (performance.now() - started) / 1000;
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const entryKeys = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry).map(([key]) => key);
  const homeKeys = HOME_ROUTE_SOURCES.filter((key) => {
    if (!manifest[key]) throw new Error(`The build has no chunk for ${key}; update HOME_ROUTE_SOURCES`);
    return true;
  });
  const { js, css } = firstLoadFiles(manifest, [...entryKeys, ...homeKeys]);
  const files = precacheFiles(readFileSync(join(dist, 'sw.js'), 'utf8'));
  return {
    buildSeconds,
    firstLoadJsGzipBytes: [...js].reduce((sum, file) => sum + gzipSize(file), 0),
    firstLoadCssGzipBytes: [...css].reduce((sum, file) => sum + gzipSize(file), 0),
    precacheBytes: files.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0),
    precacheGzipBytes: files.reduce((sum, file) => sum + gzipSize(file), 0),
    precacheEntries: files.length,
  };
}
