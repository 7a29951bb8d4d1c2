function descending(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/**
 * Orders by an ISO timestamp, latest first. Two records stamped in the same millisecond are
 * ordered by id, so a list never reshuffles between renders.
 */
export function newestFirst<K extends string>(timeField: K) {
  return (a: Record<K, string> & { id: string }, b: Record<K, string> & { id: string }): number =>
    descending(a[timeField], b[timeField]) || descending(a.id, b.id);
}
