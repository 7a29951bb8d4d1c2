import { addDays, daysBetween, type IsoDate } from '../shared/iso-date';

function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The first day that can no longer belong to a pay reference period starting on `start`.
 * A pay reference period is at most a month (NMW Regulations 2015 reg 6), so it must end before
 * the same day of the next month; when that month is too short (31 January → February) the
 * limit is the first day of the month after, so 31 January to 28 February still counts as one
 * month.
 */
export function oneMonthLimit(start: IsoDate): IsoDate {
  const [year, month, day] = start.split('-').map(Number) as [number, number, number];
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  const daysInNextMonth = new Date(Date.UTC(nextYear, nextMonth, 0)).getUTCDate();
  return day <= daysInNextMonth
    ? isoDate(nextYear, nextMonth, day)
    : addDays(isoDate(nextYear, nextMonth, daysInNextMonth), 1);
}

/** Days in the period counting both ends (1 April to 30 April = 30). */
export function daysInPeriod(start: IsoDate, end: IsoDate): number {
  return daysBetween(start, end) + 1;
}
