import { describe, expect, it } from 'vitest';
import type { FollowUp, Shift, Visit } from '../records';
import { hoursAndMinutes, shiftsCsv, toCsv, visitsCsv } from './csv';

const BOM = '\uFEFF';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and ends every line with CRLF', () => {
    expect(toCsv([['a', 'b,c'], ['say "hi"', 'two\nlines'], [3, '']])).toBe(`${BOM}a,"b,c"\r\n"say ""hi""","two\nlines"\r\n3,\r\n`);
  });

  it('stops a spreadsheet running text as a formula', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '-2', '@sum', 'fine']])).toBe(`${BOM}"'=HYPERLINK(""x"")",'+1,'-2,'@sum,fine\r\n`);
  });
});

describe('hoursAndMinutes', () => {
  it('writes minutes as h:mm', () => {
    expect(hoursAndMinutes(0)).toBe('0:00');
    expect(hoursAndMinutes(545)).toBe('9:05');
  });
});

const stamp = '2026-03-01T10:00:00.000Z';

describe('shiftsCsv', () => {
  it('writes one row per shift, earliest first, with hours worked over midnight', () => {
    const shift = (id: string, date: string, change: Partial<Shift> = {}): Shift => ({
      id, date, start: '09:00', end: '17:00', employer: 'Mrs B', travelMinutes: 0, trainingMinutes: 30, sleepIn: false,
      sleepInAwakeMinutes: 0, note: '', createdAt: stamp, updatedAt: stamp, ...change,
    });
    const csv = shiftsCsv([shift('b', '2026-03-02', { start: '22:00', end: '07:00', sleepIn: true, sleepInAwakeMinutes: 45 }), shift('a', '2026-03-01')], {
      headings: { date: 'Date', start: 'Start', end: 'End', employer: 'Employer', worked: 'Worked', travel: 'Travel', training: 'Training', sleepIn: 'Sleep-in', awake: 'Awake', note: 'Note' },
      yes: 'Yes',
      no: 'No',
    });
    expect(csv.split('\r\n')).toEqual([
      `${BOM}Date,Start,End,Employer,Worked,Travel,Training,Sleep-in,Awake,Note`,
      '2026-03-01,09:00,17:00,Mrs B,8:00,0:00,0:30,No,0:00,',
      '2026-03-02,22:00,07:00,Mrs B,9:00,0:00,0:30,Yes,0:45,',
      '',
    ]);
  });
});

describe('visitsCsv', () => {
  it('writes one row per visit with its follow-up actions together', () => {
    const visit: Visit = { id: 'v', date: '2026-03-10', place: 'Cardiff', seen: 'A.', findings: 'Travel, unpaid', checklistRunIds: ['r'], savedResultIds: [], createdAt: stamp, updatedAt: stamp };
    const followUp = (id: string, action: string, dueDate: string, done: boolean): FollowUp => ({ id, visitId: 'v', action, dueDate, done, createdAt: stamp, updatedAt: stamp });
    const csv = visitsCsv([visit], [followUp('2', 'Call', '', false), followUp('1', 'Leaflet', '2026-03-17', true)], {
      headings: { date: 'Date', place: 'Place', seen: 'Seen', findings: 'Findings', checklists: 'Checklists', results: 'Results', followUps: 'Actions', open: 'Open' },
      followUp: (f) => `${f.action}${f.dueDate ? ` (${f.dueDate})` : ''}${f.done ? ' ✓' : ''}`,
    });
    expect(csv).toBe(`${BOM}Date,Place,Seen,Findings,Checklists,Results,Actions,Open\r\n2026-03-10,Cardiff,A.,"Travel, unpaid",1,0,"Leaflet (2026-03-17) ✓\nCall",1\r\n`);
  });
});
