/** Today's date where the user is, as YYYY-MM-DD (not UTC: a shift logged at 00:30 is on today's date). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
