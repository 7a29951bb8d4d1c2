import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasDirtyForms, markDirty, onDirtyFormsChange } from './unsaved-work';

afterEach(() => {
  markDirty('a', false);
  markDirty('b', false);
});

describe('unsaved work', () => {
  it('is reported while any form is dirty and not after the last one is clean', () => {
    expect(hasDirtyForms()).toBe(false);
    markDirty('a', true);
    markDirty('b', true);
    markDirty('a', false);
    expect(hasDirtyForms()).toBe(true);
    markDirty('b', false);
    expect(hasDirtyForms()).toBe(false);
  });

  it('tells listeners only when something changed, until they stop listening', () => {
    const listener = vi.fn();
    const stop = onDirtyFormsChange(listener);
    markDirty('a', true);
    markDirty('a', true);
    markDirty('b', false);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    markDirty('a', false);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
