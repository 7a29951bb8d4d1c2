/**
 * Wraps words typed by the reader (or a title in another language) in Unicode direction isolates,
 * so an English query inside an Arabic or Urdu sentence keeps its place and its quotation marks.
 * Interpolated strings cannot hold a <bdi> element; these invisible characters do the same job.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
