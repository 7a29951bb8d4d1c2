// @vitest-environment jsdom
import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TFunction } from 'i18next';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { createShift, createVisit, exportEverything, lockNow, savePreferences, turnLockOn } from '../../storage';
import { openedDatabase } from '../../storage/storage-health';
import { renderRoute, setUpPageTests } from '../../testing/render-route';
import { describeImportProblem } from './import-problems';
import { LockNotice } from './lock-notice';
import { safeNext, UnlockPage } from './unlock-page';
import { YourDataPage } from './your-data-page';

configure({ asyncUtilTimeout: 8000 });
vi.setConfig({ testTimeout: 30_000 });

const PASSPHRASE = 'blue kettle river';

setUpPageTests(() => vi.restoreAllMocks());

function renderAt(path: string) {
  return renderRoute(
    [
      {
        path: '/:locale',
        element: <LockNotice />,
      },
      { path: '/:locale/your-data', element: <YourDataPage /> },
      { path: '/:locale/unlock', element: <UnlockPage /> },
      { path: '/:locale/visits', element: <><LockNotice /><p>Visits page</p></> },
    ],
    path,
  );
}

/** Catches what would be downloaded. */
function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return blobs;
}

async function addRecords(): Promise<void> {
  await savePreferences({ locale: 'en', nation: 'wales', role: 'pa' });
  await createShift({ date: '2026-03-02', start: '09:00', end: '17:00', employer: 'Mrs B', travelMinutes: 0, trainingMinutes: 0, sleepIn: false, sleepInAwakeMinutes: 0, note: 'Shift note' });
  await createVisit({ date: '2026-03-10', place: 'Cardiff', seen: 'A.', findings: '', checklistRunIds: [], savedResultIds: [] });
}

describe('export', () => {
  it('downloads everything as one FairPA file, and shifts as a spreadsheet', async () => {
    const user = userEvent.setup();
    const blobs = captureDownloads();
    await addRecords();
    renderAt('/en/your-data');
    await user.click(await screen.findByRole('button', { name: 'Download everything' }));
    expect(await screen.findByText(/Your file is ready: 1 visits, 1 shifts/)).toBeInTheDocument();
    const file = JSON.parse(await blobs[0]!.text()) as { format: string; data: { shifts: { note: string }[] } };
    expect(file.format).toBe('fairpa-export');
    expect(file.data.shifts[0]?.note).toBe('Shift note');

    await user.click(screen.getByRole('button', { name: 'Download shifts (spreadsheet)' }));
    await screen.findByText(/spreadsheet is ready with 1 row/);
    expect(await blobs[1]!.text()).toContain('2026-03-02,09:00,17:00,Mrs B,8:00');
  });
});

describe('import', () => {
  it('shows what the file would add, and imports it only when confirmed', async () => {
    const user = userEvent.setup();
    await addRecords();
    const exported = await exportEverything();
    if (!exported.ok) throw new Error('no export');
    const db = openedDatabase();
    await db?.shifts.clear();
    renderAt('/en/your-data');
    await user.upload(await screen.findByLabelText('Choose a FairPA file'), new File([exported.text], 'fairpa-export.json', { type: 'application/json' }));
    const preview = await screen.findByTestId('import-preview');
    const shiftsRow = within(preview).getByRole('rowheader', { name: 'Shifts' }).closest('tr')!;
    expect(within(shiftsRow).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', '0', '0']);
    expect(await db?.shifts.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Import 1 record' }));
    expect(await screen.findByTestId('import-done')).toHaveTextContent('1 records added and 0 replaced');
    expect(await db?.shifts.count()).toBe(1);
  });

  it('lists what is wrong with a bad file and changes nothing', async () => {
    const user = userEvent.setup();
    await addRecords();
    const exported = await exportEverything();
    if (!exported.ok) throw new Error('no export');
    renderAt('/en/your-data');
    const truncated = exported.text.slice(0, 200);
    await user.upload(await screen.findByLabelText('Choose a FairPA file'), new File([truncated], 'half.json', { type: 'application/json' }));
    const problems = await screen.findByTestId('import-problems');
    expect(problems).toHaveTextContent('half.json cannot be imported');
    expect(problems).toHaveTextContent('The file is incomplete');
    expect(problems).toHaveTextContent('Nothing on this device has changed.');
  });
});

describe('the passphrase lock', () => {
  it('is turned on only with the warning accepted, then locks and unlocks', async () => {
    const user = userEvent.setup();
    await addRecords();
    renderAt('/en/your-data');
    const section = await screen.findByTestId('lock-section');
    expect(await within(section).findByText('The lock is off.')).toBeInTheDocument();
    expect(within(section).getByText(/If you forget the passphrase, your records cannot be recovered/)).toBeInTheDocument();
    await user.type(within(section).getByLabelText('New passphrase'), PASSPHRASE);
    await user.type(within(section).getByLabelText('Type the passphrase again'), PASSPHRASE);
    await user.click(within(section).getByRole('button', { name: 'Turn on the lock' }));
    expect(await screen.findByRole('link', { name: /Tick to confirm you understand/ })).toBeInTheDocument();
    await user.click(within(section).getByLabelText(/I understand that if I forget the passphrase/));
    await user.click(within(section).getByRole('button', { name: 'Turn on the lock' }));
    expect(await within(section).findByText(/The lock is on/)).toBeInTheDocument();
    expect(JSON.stringify(await openedDatabase()?.shifts.toArray())).not.toContain('Shift note');

    await user.click(within(section).getByRole('button', { name: 'Lock now' }));
    expect(await within(section).findByText('FairPA is locked.')).toBeInTheDocument();
    await user.type(within(section).getByLabelText('Passphrase'), 'not the passphrase');
    await user.click(within(section).getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('link', { name: /That passphrase is not right/ })).toBeInTheDocument();
    await user.clear(within(section).getByLabelText('Passphrase'));
    await user.type(within(section).getByLabelText('Passphrase'), PASSPHRASE);
    await user.click(within(section).getByRole('button', { name: 'Unlock' }));
    expect(await within(section).findByText(/The lock is on/)).toBeInTheDocument();
  });

  it('sends a locked reader to unlock and back to where they were', async () => {
    const user = userEvent.setup();
    await turnLockOn(PASSPHRASE);
    act(() => lockNow());
    const router = renderAt('/en/visits');
    await user.click(await screen.findByRole('link', { name: 'Unlock FairPA' }));
    await screen.findByRole('heading', { level: 1, name: 'Unlock FairPA' });
    await user.type(screen.getByLabelText('Passphrase'), PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/en/visits'));
    expect(screen.queryByTestId('lock-notice')).not.toBeInTheDocument();
  });
});

describe('delete everything', () => {
  it('asks first, then removes every record and the lock', async () => {
    const user = userEvent.setup();
    await addRecords();
    await turnLockOn(PASSPHRASE);
    act(() => lockNow());
    renderAt('/en/your-data');
    await user.click(await screen.findByRole('button', { name: 'Delete everything' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Yes, delete everything' }));
    expect(await screen.findByTestId('deleted')).toHaveTextContent('Everything has been deleted from this device.');
    const db = openedDatabase();
    for (const table of db?.tables ?? []) expect(await table.count(), table.name).toBe(0);
    expect(await screen.findByText('The lock is off.')).toBeInTheDocument();
  });
});

describe('safeNext', () => {
  it('only ever returns to a page of this app, in this language', () => {
    expect(safeNext('/en/visits?x=1', 'en')).toBe('/en/visits?x=1');
    expect(safeNext('https://example.com', 'en')).toBe('/en/');
    expect(safeNext('//example.com/en/', 'en')).toBe('/en/');
    expect(safeNext('/cy/visits', 'en')).toBe('/en/');
    expect(safeNext(null, 'cy')).toBe('/cy/');
  });
});

describe('describeImportProblem', () => {
  it('says where each problem is and what to do', () => {
    const t = i18next.t.bind(i18next) as TFunction;
    expect(describeImportProblem(t, { code: 'bad-value', section: 'shifts', index: 12, field: 'start', expected: 'time' })).toBe(
      'Shifts, record 13: “start” must be a time written like 09:30.',
    );
    expect(describeImportProblem(t, { code: 'newer-version', version: 2 })).toMatch(/newer version of FairPA \(file format 2\)/);
    expect(describeImportProblem(t, { code: 'orphan', section: 'followUps', index: 0, field: 'visitId' })).toBe(
      'Follow-up actions, record 1: this action belongs to a visit that is neither in the file nor on this device.',
    );
    expect(describeImportProblem(t, { code: 'too-many-problems', index: 1 })).toBe('…and 1 more problem.');
    expect(describeImportProblem(t, { code: 'missing-section', section: 'drafts' })).toBe('The part “Unfinished forms” is missing from the file.');
  });
});
