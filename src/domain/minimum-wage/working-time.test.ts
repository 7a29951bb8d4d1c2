import { describe, expect, it } from 'vitest';
import { countWorkingTime, toSeconds } from './working-time';

describe('working time for the minimum wage', () => {
  it('counts basic hours, travel between visits, training, waiting at work and sleep-in time awake', () => {
    expect(
      countWorkingTime({
        basic: 30,
        travelBetweenAssignments: 4,
        training: 3,
        waitingOrOnCallAtWork: 1.5,
        sleepInAwakeForWork: 0.75,
      }),
    ).toEqual({
      basic: 108000,
      travel: 14400,
      training: 10800,
      waiting: 5400,
      sleepInAwake: 2700,
      total: 141300,
    });
  });
  it('treats missing kinds of time as none', () => {
    expect(countWorkingTime({ basic: 7.5 }).total).toBe(27000);
  });
  it('rounds each figure to the nearest second so thirds of an hour add up exactly', () => {
    expect(toSeconds(0.3333)).toBe(1200);
    expect(toSeconds(0.1) + toSeconds(0.2)).toBe(toSeconds(0.3));
  });
});
