/** The Monday of the week an ISO date falls in (UK weeks start on Monday). */
export function weekStart(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const offset = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - offset);
  return day.toISOString().slice(0, 10);
}

/** Items grouped by the week they fall in, in the order given (so newest-first stays newest-first). */
export function groupByWeek<T extends { date: string }>(items: readonly T[]): { week: string; items: T[] }[] {
  const groups: { week: string; items: T[] }[] = [];
  for (const item of items) {
    const week = weekStart(item.date);
    const last = groups[groups.length - 1];
    if (last && last.week === week) last.items.push(item);
    else groups.push({ week, items: [item] });
  }
  return groups;
}
