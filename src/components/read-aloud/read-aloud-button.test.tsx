// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { fakeSpeechSynthesis, fakeVoice, uninstallSpeech } from './fake-speech';
import { ReadAloudButton } from './read-aloud-button';

beforeAll(async () => {
  await initI18n('en');
});

afterEach(() => {
  cleanup();
  uninstallSpeech();
});

function Article() {
  const ref = useRef<HTMLElement>(null);
  return (
    <article ref={ref}>
      <h1>Your pay</h1>
      <ReadAloudButton target={ref} />
      <p>Travel counts as work.</p>
      <p>Training counts as work.</p>
      <Link to="/en/other">Next page</Link>
    </article>
  );
}

function renderArticle() {
  const router = createMemoryRouter(
    [
      { path: '/en/pay', element: <Article /> },
      { path: '/en/other', element: <p>Other page</p> },
      { path: '/en/by-id', element: <><div id="words"><p>Read me by id.</p></div><ReadAloudButton target="words" lang="cy-GB" /></> },
    ],
    { initialEntries: ['/en/pay'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('ReadAloudButton', () => {
  it('is not shown where the browser cannot speak', () => {
    renderArticle();
    expect(screen.queryByRole('button', { name: 'Read aloud' })).not.toBeInTheDocument();
  });

  it('reads the element one piece at a time in the reader’s language, with a matching voice', async () => {
    const speech = fakeSpeechSynthesis([fakeVoice('fr-FR'), fakeVoice('en-GB', 'British')]);
    speech.install();
    const user = userEvent.setup();
    renderArticle();
    const button = screen.getByRole('button', { name: 'Read aloud' });
    expect(button).toHaveAttribute('aria-pressed', 'false');

    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(speech.texts()).toEqual(['Your pay']);
    expect(speech.spoken[0]!.lang).toBe('en-GB');
    expect(speech.spoken[0]!.voice?.name).toBe('British');
    expect(screen.getByRole('status')).toHaveTextContent('Reading aloud: part 1 of 4');

    act(() => speech.finishCurrent());
    act(() => speech.finishCurrent());
    expect(speech.texts()).toEqual(['Your pay', 'Travel counts as work.', 'Training counts as work.']);
    act(() => speech.finishCurrent());
    act(() => speech.finishCurrent());
    expect(speech.texts()).toEqual(['Your pay', 'Travel counts as work.', 'Training counts as work.', 'Next page']);
    expect(screen.getByRole('status')).toHaveTextContent('Finished reading');
    expect(button).toHaveAttribute('aria-pressed', 'false');
  });

  it('stops when asked, and a late event from the cancelled speech does not start it again', async () => {
    const speech = fakeSpeechSynthesis();
    speech.install();
    const user = userEvent.setup();
    renderArticle();
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    const first = speech.spoken[0]!;
    await user.click(screen.getByRole('button', { name: 'Stop' }));

    expect(speech.synth.cancel).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Read aloud' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('button', { name: 'Stop' })).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Stopped reading');
    act(() => speech.endLate(first));
    expect(speech.spoken).toHaveLength(1);
  });

  it('pauses and carries on from the same piece', async () => {
    const speech = fakeSpeechSynthesis();
    speech.install();
    const user = userEvent.setup();
    renderArticle();
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    act(() => speech.finishCurrent());
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByRole('status')).toHaveTextContent('Paused at part 2 of 4');
    expect(screen.getByRole('button', { name: 'Read aloud' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Carry on reading' }));
    expect(speech.texts()).toEqual(['Your pay', 'Travel counts as work.', 'Travel counts as work.']);
    expect(screen.getByRole('status')).toHaveTextContent('Reading aloud: part 2 of 4');
  });

  it('stops speaking when the reader goes to another page', async () => {
    const speech = fakeSpeechSynthesis();
    speech.install();
    const user = userEvent.setup();
    renderArticle();
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    speech.synth.cancel.mockClear();
    await user.click(screen.getByRole('link', { name: 'Next page' }));
    expect(await screen.findByText('Other page')).toBeInTheDocument();
    expect(speech.synth.cancel).toHaveBeenCalledTimes(1);
    act(() => speech.finishCurrent());
    expect(speech.spoken).toHaveLength(1);
  });

  it('reads an element named by id, in the language it is given, and says when the device has no voice for it', async () => {
    const speech = fakeSpeechSynthesis([fakeVoice('en-GB')]);
    speech.install();
    const user = userEvent.setup();
    const router = renderArticle();
    await act(() => router.navigate('/en/by-id'));
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(speech.texts()).toEqual(['Read me by id.']);
    expect(speech.spoken[0]!.lang).toBe('cy-GB');
    expect(speech.spoken[0]!.voice).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('This device has no voice for this language');
  });

  it('says so when there is nothing to read', async () => {
    const speech = fakeSpeechSynthesis();
    speech.install();
    const user = userEvent.setup();
    render(
      <RouterProvider router={createMemoryRouter([{ path: '/', element: <ReadAloudButton target="missing" /> }])} />,
    );
    await user.click(screen.getByRole('button', { name: 'Read aloud' }));
    expect(speech.spoken).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('There is nothing to read here.');
  });
});
