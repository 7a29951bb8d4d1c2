/**
 * The only way into stored data. UI code imports from here and never from the files behind it,
 * so the schema, its migrations and the fallback to memory can change without touching features.
 */
export type {
  ChecklistAnswerValue,
  ChecklistRun,
  Preferences,
  SavedResult,
} from './records';

export type { MemoryReason, PersistState, StorageHealth, StorageMode } from './health-store';
export { getStorageHealth } from './health-store';
export { openStorage, useStorageHealth } from './storage-health';

export type { WriteFailure, WriteFailureReason, WriteResult } from './write-result';

export type { PreferencesState } from './preferences';
export { loadPreferences, savePreferences, usePreferences } from './preferences';

export type { ChecklistRunState, ChecklistRunsState, NewChecklistRun } from './checklist-runs';
export {
  createChecklistRun,
  deleteChecklistRun,
  renameChecklistRun,
  useChecklistRun,
  useChecklistRuns,
} from './checklist-runs';
export type { ChecklistAnswersState } from './checklist-answers';
export { setChecklistAnswer, useChecklistAnswers } from './checklist-answers';

export { clearDraft, loadDraft, saveDraft } from './drafts';
export type { DraftOptions, DraftSaveState, DraftStatus } from './use-draft';
export { DRAFT_SAVE_DELAY_MS, draftFormKey, useDraft } from './use-draft';

export type { NewSavedResult, SavedResultsState } from './saved-results';
export { deleteSavedResult, getSavedResult, saveResult, useSavedResults } from './saved-results';

export { deleteEverything } from './delete-everything';
export { hasDirtyForms, markDirty, onDirtyFormsChange } from './unsaved-work';
