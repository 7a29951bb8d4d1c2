// @vitest-environment jsdom
import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { LocaleIndex, Template } from '../../content/model';
import english from '../../content/generated/en/index.json';
import { fakeSpeechSynthesis, uninstallSpeech } from '../../components/read-aloud/fake-speech';
import { loadDraft, saveDraft, savePreferences } from '../../storage';
import { renderRoute, setUpPageTests } from '../../testing/render-route';
import { TemplateListPage } from './template-list-page';
import { TemplatePage } from './template-page';
import { templateToText } from './template-text';

const index = english as unknown as LocaleIndex;

// Long forms render slowly when the machine is busy: give them time before calling it a failure.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });
const templateById = (id: string): Template => index.templates.find((template) => template.id === id)!;

setUpPageTests(() => {
  vi.unstubAllGlobals();
  uninstallSpeech();
});

function renderAt(path: string) {
  return renderRoute(
    [
      { path: '/:locale/templates', element: <TemplateListPage /> },
      { path: '/:locale/templates/:templateId', element: <TemplatePage /> },
      { path: '/:locale/guides/:guideId', element: <p>Guide page</p> },
    ],
    path,
  );
}

async function openTemplate(id: string) {
  const router = renderAt(`/en/templates/${id}`);
  await screen.findByRole('heading', { level: 1, name: templateById(id).title });
  await screen.findByText(/saved on this device/i);
  return router;
}

describe('template list', () => {
  it('shows the templates for the reader first and the rest under "Templates for other readers"', async () => {
    await savePreferences({ locale: 'en', nation: 'wales', role: 'pa' });
    renderAt('/en/templates');
    const timesheet = await screen.findByRole('link', { name: 'Timesheet' });
    const others = screen.getByText('Templates for other readers').closest('details')!;
    expect(others).not.toContainElement(timesheet);
    expect(within(others).getByRole('link', { name: 'Job advert' })).toHaveAttribute('href', '/en/templates/job-advert');
    expect(screen.getByText(templateById('timesheet').summary)).toBeInTheDocument();
  });
});

describe('template form', () => {
  it('keeps what was typed on the device and shows it again after a reload', async () => {
    const user = userEvent.setup();
    await openTemplate('timesheet');
    await user.type(screen.getByLabelText("PA's name"), 'Ana Silva');
    await user.type(screen.getByLabelText('Expenses to pay back (optional)'), '£4.50');
    await user.click(screen.getAllByLabelText('I did a sleep-in')[0]!);
    await waitFor(() => expect(screen.getByText('Saved on this device')).toBeInTheDocument());
    await waitFor(async () => expect(await loadDraft('template:timesheet')).toMatchObject({ 'pa-name': 'Ana Silva' }));

    cleanup();
    await openTemplate('timesheet');
    await waitFor(() => expect(screen.getByLabelText("PA's name")).toHaveValue('Ana Silva'));
    expect(screen.getByLabelText('Expenses to pay back (optional)')).toHaveValue('£4.50');
    expect(screen.getAllByLabelText('I did a sleep-in')[0]).toBeChecked();
    expect(screen.getAllByLabelText('I did a sleep-in')[1]).not.toBeChecked();
  });

  it('gives every field the right kind of control, with its hint linked', async () => {
    await openTemplate('written-statement');
    expect(screen.getByLabelText('Start date')).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText('Normal hours a week')).toHaveAttribute('inputmode', 'decimal');
    expect(screen.getByLabelText('Rate of pay').tagName).toBe('INPUT');
    expect(screen.getByLabelText("Employer's address").tagName).toBe('TEXTAREA');
    expect(screen.getByLabelText(/I have checked the rules for my nation/)).toHaveAttribute('type', 'checkbox');
    expect(screen.getByLabelText("Employer's name")).toHaveAccessibleDescription(/usually you, even if the council pays/);
  });

  it('lists every empty required field in an error summary that links to it, and marks the fields', async () => {
    const user = userEvent.setup();
    const router = await openTemplate('written-statement');
    const required = index.templates.find((t) => t.id === 'written-statement')!.sections.flatMap((s) => s.fields).filter((f) => f.required);
    await user.type(screen.getByLabelText("Employer's name"), 'Sam Jones');
    await user.click(screen.getByRole('button', { name: 'Check and print' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links).toHaveLength(required.length - 1);
    expect(links[0]).toHaveTextContent('Fill in “Employer\'s address”');
    expect(links[0]).toHaveAttribute('href', '#field-employer-address');

    await user.click(links[0]!);
    const address = screen.getByLabelText("Employer's address");
    expect(address).toHaveFocus();
    expect(address).toHaveAttribute('aria-invalid', 'true');
    expect(address).toHaveAccessibleDescription('Fill in “Employer\'s address”');
    expect(screen.getByLabelText("Employer's name")).not.toHaveAttribute('aria-invalid');
    expect(router.state.location.search).toBe('');
  });

  it('says when a number field holds something that is not a number', async () => {
    const user = userEvent.setup();
    await openTemplate('timesheet');
    await user.type(screen.getByLabelText('Total hours worked this week (optional)'), 'about forty');
    await user.click(screen.getByRole('button', { name: 'Check and print' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /“Total hours worked this week” must be a number/ })).toBeInTheDocument();
  });

  it('clears the form only after the user confirms', async () => {
    const user = userEvent.setup();
    await openTemplate('job-advert');
    const field = screen.getAllByRole('textbox')[0]!;
    await user.type(field, 'Friendly PA wanted');
    await waitFor(async () => expect(await loadDraft('template:job-advert')).toBeDefined());

    await user.click(screen.getByRole('button', { name: 'Clear the form' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(field).toHaveValue('Friendly PA wanted');

    await user.click(screen.getByRole('button', { name: 'Clear the form' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear the form' }));
    await screen.findByText('The form is empty again.');
    expect(field).toHaveValue('');
    expect(await loadDraft('template:job-advert')).toBeUndefined();
  });

  it('offers to read the page aloud where the device can speak', async () => {
    fakeSpeechSynthesis().install();
    await openTemplate('timesheet');
    expect(screen.getByRole('button', { name: 'Read aloud' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('says the template is guidance and links to the guide that explains it', async () => {
    await openTemplate('risk-assessment');
    expect(screen.getByText('This template is guidance')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Health and safety at home: Risk assessment' })).toHaveAttribute('href', '/en/guides/health-and-safety#risk-assessment');
  });
});

describe('finished document', () => {
  const allRequired = (template: Template) =>
    Object.fromEntries(
      template.sections.flatMap((s) => s.fields).filter((f) => f.required).map((f) => [f.id, f.type === 'checkbox' ? true : f.type === 'date' ? '2026-04-06' : f.type === 'number' ? '37.5' : `Answer for ${f.id}`]),
    );

  it('shows the document with every answer and a line for each blank once all required fields are filled', async () => {
    const template = templateById('written-statement');
    await saveDraft('template:written-statement', { ...allRequired(template), 'pay-rate': '£12.50' });
    const user = userEvent.setup();
    const router = await openTemplate('written-statement');
    await waitFor(() => expect(screen.getByLabelText('Rate of pay')).toHaveValue('£12.50'));
    await user.click(screen.getByRole('button', { name: 'Check and print' }));

    await waitFor(() => expect(router.state.location.search).toBe('?view=document'));
    expect(screen.getByText(/Check the document below/)).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Check and print' })).not.toBeInTheDocument();
    const finished = screen.getByRole('region', { name: 'The finished document' });
    const rate = within(finished).getByText('Rate of pay').closest('div')!;
    expect(rate).toHaveTextContent('£12.50');
    expect(screen.getAllByText('6 April 2026').length).toBeGreaterThan(0);
    const probation = screen.getByText('Probation period').closest('div')!;
    expect(within(probation).getByText('Not filled in')).toBeInTheDocument();
    expect(probation.querySelectorAll('.template-document__blank')).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'Change your answers' })).toBeInTheDocument();
  });

  it('copies the document as plain text', async () => {
    const template = templateById('timesheet');
    const values = { ...allRequired(template), 'monday-start': '09:00' };
    await saveDraft('template:timesheet', values);
    const user = userEvent.setup();
    await openTemplate('timesheet');
    await waitFor(() => expect(screen.getAllByLabelText('Start time (optional)')[0]).toHaveValue('09:00'));
    await user.click(screen.getByRole('button', { name: 'Check and print' }));
    await user.click(await screen.findByRole('button', { name: 'Copy as text' }));
    expect(await screen.findByText(/has been copied as text/)).toBeInTheDocument();
    // user-event puts a clipboard of its own on navigator; read back what was written to it.
    expect(await navigator.clipboard.readText()).toBe(templateToText(template, values, { localeTag: 'en-GB' }));
  });

  it('shares the document as text where the device can share, and offers no Share button where it cannot', async () => {
    const template = templateById('job-advert');
    await saveDraft('template:job-advert', allRequired(template));
    const user = userEvent.setup();
    renderAt('/en/templates/job-advert?view=document');
    await screen.findByRole('button', { name: 'Copy as text' });
    expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();
    cleanup();

    const share = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, share });
    renderAt('/en/templates/job-advert?view=document');
    await user.click(await screen.findByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledWith({ title: template.title, text: templateToText(template, allRequired(template), { localeTag: 'en-GB' }) });
  });

  it('prints from the form too, as the document with lines for the blanks', async () => {
    await openTemplate('interview-questions');
    const printed = document.querySelector('.template-document.print-only');
    expect(printed).not.toBeNull();
    expect(printed!.querySelectorAll('h2')).toHaveLength(templateById('interview-questions').sections.length);
    expect(printed!.querySelectorAll('.template-document__blank').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
  });
});
