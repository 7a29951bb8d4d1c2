// @vitest-environment jsdom
import { act, cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TFunction } from 'i18next';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { createChecklistRun, createFollowUp, createVisit, lockNow, loadDraft, turnLockOn, updateFollowUp, type Visit } from '../../storage';
import { renderRoute, setUpPageTests } from '../../testing/render-route';
import { NewVisitPage, NEW_VISIT_DRAFT_KEY } from './visit-form-page';
import { VisitListPage } from './visit-list-page';
import { VisitPage } from './visit-page';
import { visitSummaryText } from './visit-summary-text';

configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

setUpPageTests(() => vi.unstubAllGlobals());

function renderAt(path: string) {
  return renderRoute(
    [
      { path: '/:locale/visits', element: <VisitListPage /> },
      { path: '/:locale/visits/new', element: <NewVisitPage /> },
      { path: '/:locale/visits/:visitId', element: <VisitPage /> },
      { path: '/:locale/checklists/:checklistId', element: <p>Checklist page</p> },
      { path: '/:locale/unlock', element: <p>Unlock page</p> },
    ],
    path,
  );
}

async function newVisit(place = 'Tuesday visit', seen = 'A.'): Promise<string> {
  const result = await createVisit({ date: '2026-03-10', place, seen, findings: 'Travel not paid', checklistRunIds: [], savedResultIds: [] });
  if (!result.ok) throw new Error('no visit');
  return result.id;
}

describe('recording a visit', () => {
  it('asks for little personal data, then shows the saved visit', async () => {
    const user = userEvent.setup();
    const router = renderAt('/en/visits/new');
    await screen.findByRole('heading', { level: 1, name: 'Record a home visit' });
    expect(await screen.findByText('Record as little personal information as you can')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Date of the visit'), { target: { value: '2026-03-10' } });
    await user.type(screen.getByLabelText('Place'), 'Tuesday visit, Cardiff');
    await user.type(screen.getByLabelText(/Who you saw/), 'A.');
    await user.type(screen.getByLabelText(/What you found/), 'No payslips');
    await user.click(screen.getByRole('button', { name: 'Save the visit' }));

    await screen.findByRole('heading', { level: 1, name: 'Visit on 10 March 2026' });
    expect(router.state.location.pathname).toMatch(/^\/en\/visits\/id-\d+$/);
    expect(screen.getByText('No payslips')).toBeInTheDocument();
    // The draft has gone with the save, so the next new visit starts empty.
    expect(await loadDraft(NEW_VISIT_DRAFT_KEY)).toBeUndefined();
  });

  it('says what is missing, at the field and in a summary that links to it', async () => {
    const user = userEvent.setup();
    renderAt('/en/visits/new');
    await user.click(await screen.findByRole('button', { name: 'Save the visit' }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: /Enter a label for the place/ });
    await user.click(link);
    expect(screen.getByLabelText('Place')).toHaveFocus();
    expect(screen.getByLabelText('Place')).toHaveAttribute('aria-invalid', 'true');
  });

  it('keeps what was typed when the page is left and opened again', async () => {
    const user = userEvent.setup();
    renderAt('/en/visits/new');
    await user.type(await screen.findByLabelText('Place'), 'Half typed');
    await waitFor(async () => expect(await loadDraft(NEW_VISIT_DRAFT_KEY)).toMatchObject({ place: 'Half typed' }));
    cleanup();
    renderAt('/en/visits/new');
    expect(await screen.findByLabelText('Place')).toHaveValue('Half typed');
  });

  it('attaches checklist copies chosen on the form', async () => {
    const user = userEvent.setup();
    const run = await createChecklistRun({ checklistId: 'home-visit', label: 'Visit to A.' });
    if (!run.ok) throw new Error('no run');
    renderAt('/en/visits/new');
    await user.type(await screen.findByLabelText('Place'), 'With checklist');
    await user.click(await screen.findByLabelText(/Visit to A\./));
    await user.click(screen.getByRole('button', { name: 'Save the visit' }));
    const checklists = await screen.findByRole('region', { name: 'Checklists used' });
    expect(await within(checklists).findByRole('link', { name: 'Visit to A.' })).toHaveAttribute('href', `/en/checklists/home-visit?run=${run.id}`);
  });
});

describe('the visit list', () => {
  it('lists visits newest first with actions still to do', async () => {
    const older = await createVisit({ date: '2026-01-05', place: 'January visit', seen: '', findings: '', checklistRunIds: [], savedResultIds: [] });
    const id = await newVisit('March visit');
    await createFollowUp(id, { action: 'Send leaflet', dueDate: '' });
    expect(older.ok).toBe(true);
    renderAt('/en/visits');
    const list = await screen.findByTestId('visit-list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual(['March visit', 'January visit']);
    expect(items[0]).toHaveTextContent('1 action to follow up');
    expect(screen.getByRole('heading', { name: '2 visits' })).toBeInTheDocument();
  });

  it('asks to unlock instead of showing visits while FairPA is locked', async () => {
    await newVisit();
    await turnLockOn('blue kettle river');
    act(() => lockNow());
    renderAt('/en/visits');
    const unlock = await screen.findByRole('link', { name: 'Unlock FairPA' });
    expect(unlock).toHaveAttribute('href', '/en/unlock?next=%2Fen%2Fvisits');
    expect(screen.queryByText('Tuesday visit')).not.toBeInTheDocument();
  });
});

describe('a visit page', () => {
  it('adds, ticks off and lists follow-up actions by due date', async () => {
    const user = userEvent.setup();
    const id = await newVisit();
    renderAt(`/en/visits/${id}`);
    await user.type(await screen.findByLabelText('What needs doing'), 'Call the council');
    fireEvent.change(screen.getByLabelText(/When it is due/), { target: { value: '2026-03-20' } });
    await user.click(screen.getByRole('button', { name: 'Add the action' }));
    const action = await screen.findByRole('checkbox', { name: 'Call the council' });
    expect(screen.getByText('due 20 March 2026')).toBeInTheDocument();
    expect(screen.getByLabelText('What needs doing')).toHaveValue('');
    await user.click(action);
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /Call the council/ })).toBeChecked());
  });

  it('copies a plain-text summary to share with the member', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const id = await newVisit();
    await createFollowUp(id, { action: 'Send leaflet', dueDate: '2026-03-17' });
    renderAt(`/en/visits/${id}`);
    await user.click(await screen.findByRole('button', { name: 'Copy the summary as text' }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(text).toContain('Home visit on 10 March 2026');
    expect(text).toContain('- Send leaflet (due 17 March 2026)');
    expect(await screen.findByText(/The summary has been copied/)).toBeInTheDocument();
  });

  it('deletes the visit and everything with it, after saying what goes', async () => {
    const user = userEvent.setup();
    const id = await newVisit();
    await createFollowUp(id, { action: 'Send leaflet', dueDate: '' });
    const router = renderAt(`/en/visits/${id}`);
    await user.click(await screen.findByRole('button', { name: 'Delete this visit' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent('1 follow-up action');
    await user.click(within(dialog).getByRole('button', { name: 'Yes, delete the visit' }));
    await screen.findByText(/have been deleted from this device/);
    expect(router.state.location.pathname).toBe('/en/visits');
    expect(await screen.findByText('No visits recorded yet.')).toBeInTheDocument();
  });
});

describe('visitSummaryText', () => {
  it('says the same as the page, with done actions marked', async () => {
    const t = i18next.t.bind(i18next) as TFunction;
    const visit: Visit = { id: 'v', date: '2026-03-10', place: 'Cardiff', seen: '', findings: 'Late pay', checklistRunIds: [], savedResultIds: [], createdAt: '', updatedAt: '' };
    const id = await newVisit();
    const followUp = await createFollowUp(id, { action: 'Leaflet', dueDate: '' });
    if (!followUp.ok) throw new Error('no action');
    await updateFollowUp(followUp.id, { done: true });
    const text = visitSummaryText(t, 'en-GB', {
      visit,
      followUps: [{ id: 'f', visitId: 'v', action: 'Leaflet', dueDate: '', done: true, createdAt: '', updatedAt: '' }],
      checklists: [{ label: 'Visit to A.', detail: 'Home visit' }],
      results: [],
    });
    expect(text.split('\n')).toEqual([
      'Home visit on 10 March 2026',
      '',
      'Place: Cardiff',
      '',
      'What you found:',
      'Late pay',
      '',
      'Checklists used:',
      '- Visit to A. (Home visit)',
      '',
      'Follow-up actions:',
      '- [done] Leaflet (no date set)',
    ]);
  });
});
