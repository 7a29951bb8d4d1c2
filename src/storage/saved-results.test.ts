// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteSavedResult, getSavedResult, saveResult, useSavedResults } from './saved-results';
import { openedDatabase, openStorage } from './storage-health';
import { freshStorage, resetStorage } from './testing/fresh-storage';

// Unmount before closing storage, so no live query outlives its test.
afterEach(async () => {
  cleanup();
  await resetStorage();
});

const payslip = { tool: 'minimum-wage', label: ' March payslip ', input: { hours: 31 }, result: { owedPence: 4210 } };

describe('saved results', () => {
  it('are kept with their input, result, a trimmed label and when they were saved', async () => {
    const { clock } = freshStorage();
    expect(await saveResult(payslip)).toEqual({ ok: true, id: 'id-001' });
    expect(await getSavedResult('id-001')).toEqual({
      id: 'id-001',
      tool: 'minimum-wage',
      label: 'March payslip',
      createdAt: clock.now(),
      input: { hours: 31 },
      result: { owedPence: 4210 },
    });
  });

  it('are gone once deleted', async () => {
    freshStorage();
    await saveResult(payslip);
    expect(await deleteSavedResult('id-001')).toEqual({ ok: true });
    expect(await getSavedResult('id-001')).toBeUndefined();
  });

  it('read as missing rather than failing when storage cannot be read', async () => {
    freshStorage();
    await openStorage();
    openedDatabase()?.close();
    await expect(getSavedResult('id-001')).resolves.toBeUndefined();
  });
});

describe('useSavedResults', () => {
  it('lists results newest first, for one tool or all, and follows changes', async () => {
    const { clock } = freshStorage();
    await saveResult(payslip);
    clock.advanceSeconds(1);
    await saveResult({ ...payslip, tool: 'rate-check', label: 'Council rate' });
    clock.advanceSeconds(1);
    await saveResult({ ...payslip, label: 'April payslip' });

    const all = renderHook(() => useSavedResults());
    const wage = renderHook(() => useSavedResults('minimum-wage'));
    expect(all.result.current).toEqual({ status: 'loading' });
    const labels = (state: typeof all.result.current) =>
      state.status === 'ready' ? state.results.map((result) => result.label) : undefined;
    await waitFor(() => expect(labels(all.result.current)).toEqual(['April payslip', 'Council rate', 'March payslip']));
    await waitFor(() => expect(labels(wage.result.current)).toEqual(['April payslip', 'March payslip']));

    await act(() => deleteSavedResult('id-003'));
    await waitFor(() => expect(labels(wage.result.current)).toEqual(['March payslip']));
  });

  it('orders results saved in the same instant the same way every time', async () => {
    freshStorage();
    await saveResult({ ...payslip, label: 'A' });
    await saveResult({ ...payslip, label: 'B' });
    const { result } = renderHook(() => useSavedResults('minimum-wage'));
    await waitFor(() =>
      expect(result.current.status === 'ready' && result.current.results.map((r) => r.label)).toEqual(['B', 'A']),
    );
  });
});
