/**
 * The only way into stored data. UI code imports from here and never from the files behind it,
 * so the schema, its migrations and the fallback to memory can change without touching features.
 */
export type {
  ChecklistAnswerValue,
  ChecklistRun,
  FollowUp,
  HolidayEntitlement,
  HolidayTaken,
  Payslip,
  Preferences,
  SavedResult,
  Shift,
  Visit,
} from './records';
export type { LockableLoadable, Loadable } from './use-storage-query';

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

export type { FollowUpInput, VisitDeletion, VisitDetail, VisitInput, VisitList, VisitListItem, VisitsState } from './visits';
export {
  byDueDate,
  createFollowUp,
  createVisit,
  deleteFollowUp,
  deleteVisit,
  updateFollowUp,
  updateVisit,
  useVisit,
  useVisits,
  visitDraftKey,
} from './visits';

export type { ShiftInput, ShiftList } from './shifts';
export {
  createShift,
  deleteShift,
  shiftDraftKey,
  shiftWorkedMinutes,
  updateShift,
  useEmployerLabels,
  useShift,
  useShifts,
  useShiftsBetween,
} from './shifts';
export type { PayslipInput, PayslipList } from './payslips';
export { createPayslip, deletePayslip, payslipDraftKey, updatePayslip, usePayslip, usePayslips } from './payslips';
export type { HolidayInput, HolidaySummary } from './holidays';
export { addHoliday, deleteHoliday, leaveYearEnd, setHolidayEntitlement, useHolidaySummary } from './holidays';

export type { ExportSection, RecordSection } from './export-import/format';
export { EXPORT_FORMAT, EXPORT_VERSION } from './export-import/format';
export type { ImportProblem, ImportProblemCode } from './export-import/shapes';
export type { ExportResult } from './export-import/export';
export { exportEverything, exportFileName } from './export-import/export';
export type { ImportPlan, ImportResult, PreparedImport, SectionPreview } from './export-import/import';
export { applyImport, prepareImport } from './export-import/import';
export type { CsvResult, ShiftCsvWords, VisitCsvWords } from './export-import/csv';
export { exportShiftsCsv, exportVisitsCsv, hoursAndMinutes } from './export-import/csv';

export type { LockReason, LockState, LockStatus } from './crypto/session';
export { AUTO_LOCK_CHOICES, DEFAULT_AUTO_LOCK_MINUTES } from './crypto/lock-record';
export { lockNow, useLockState } from './crypto/lock-status';
export type { LockFailureReason, LockResult } from './crypto/lock';
export { changePassphrase, MIN_PASSPHRASE_LENGTH, setAutoLockMinutes, turnLockOff, turnLockOn, unlock } from './crypto/lock';
