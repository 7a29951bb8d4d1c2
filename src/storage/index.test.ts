import { describe, expect, it } from 'vitest';
import * as storage from './index';

describe('the storage entry point', () => {
  it('offers the repositories, hooks and health checks the UI needs, and nothing of Dexie', () => {
    expect(Object.keys(storage).sort()).toEqual([
      'DRAFT_SAVE_DELAY_MS',
      'clearDraft',
      'createChecklistRun',
      'deleteChecklistRun',
      'deleteEverything',
      'deleteSavedResult',
      'draftFormKey',
      'getSavedResult',
      'getStorageHealth',
      'hasDirtyForms',
      'loadDraft',
      'loadPreferences',
      'markDirty',
      'onDirtyFormsChange',
      'openStorage',
      'renameChecklistRun',
      'savePreferences',
      'saveDraft',
      'saveResult',
      'setChecklistAnswer',
      'useChecklistAnswers',
      'useChecklistRun',
      'useChecklistRuns',
      'useDraft',
      'usePreferences',
      'useSavedResults',
      'useStorageHealth',
    ].sort());
  });
});
