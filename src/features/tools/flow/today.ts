import { createContext, useContext } from 'react';
import { todayInUk, type IsoDate } from '../../../domain/shared/iso-date';

/**
 * Which day the tools treat as today (arrears at today's rate, "future" periods). Tests and the
 * saved-result page can fix it; the app uses the UK date.
 */
export const TodayContext = createContext<() => IsoDate>(() => todayInUk());

export function useToday(): IsoDate {
  return useContext(TodayContext)();
}
