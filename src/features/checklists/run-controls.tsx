import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteChecklistRun, renameChecklistRun, type ChecklistRun } from '../../storage';

interface Props {
  runs: readonly ChecklistRun[];
  current: ChecklistRun | null;
  defaultLabel: string;
  onSelect: (id: string | null) => void;
  onCreate: (label: string) => Promise<string | null>;
}

/** Several copies of a checklist side by side (one per PA, employer or visit): pick, add, rename, delete. */
export function RunControls({ runs, current, defaultLabel, onSelect, onCreate }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [mode, setMode] = useState<'idle' | 'new' | 'rename' | 'delete'>('idle');
  const [label, setLabel] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const finish = (ok: boolean) => {
    setMessage(ok ? null : t('storage.saveFailedDetail'));
    if (ok) setMode('idle');
  };

  return (
    <section className="run-controls no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">{t('checklists.copies')}</h2>
      {runs.length > 0 && (
        <p className="field">
          <label htmlFor={`${id}-select`}>{t('checklists.copy')}</label>
          <select id={`${id}-select`} value={current?.id ?? ''} onChange={(event) => onSelect(event.target.value || null)}>
            {runs.map((run) => (
              <option key={run.id} value={run.id}>{run.label}</option>
            ))}
          </select>
        </p>
      )}
      {runs.length === 0 && <p className="hint">{t('checklists.noCopyYet')}</p>}
      {message && <p className="error-message" role="alert">{message}</p>}
      {mode === 'idle' && (
        <p className="button-row">
          <button type="button" className="button button--secondary" onClick={() => { setLabel(''); setMode('new'); }}>
            {t('checklists.newCopy')}
          </button>
          {current && (
            <>
              <button type="button" className="button button--secondary" onClick={() => { setLabel(current.label); setMode('rename'); }}>
                {t('checklists.rename')}
              </button>
              <button type="button" className="button button--warning" onClick={() => setMode('delete')}>
                {t('checklists.delete')}
              </button>
            </>
          )}
        </p>
      )}
      {(mode === 'new' || mode === 'rename') && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (mode === 'new') void onCreate(label.trim() || defaultLabel).then((newId) => finish(newId !== null));
            else if (current) void renameChecklistRun(current.id, label.trim() || current.label).then((r) => finish(r.ok));
          }}
        >
          <p className="field">
            <label htmlFor={`${id}-label`}>{t('checklists.copyName')}</label>
            <span className="hint" id={`${id}-label-hint`}>{t('checklists.copyNameHint')}</span>
            <input id={`${id}-label`} value={label} placeholder={defaultLabel} aria-describedby={`${id}-label-hint`} onChange={(e) => setLabel(e.target.value)} autoFocus />
          </p>
          <p className="button-row">
            <button type="submit" className="button">{mode === 'new' ? t('checklists.create') : t('actions.save')}</button>
            <button type="button" className="button button--secondary" onClick={() => setMode('idle')}>{t('actions.cancel')}</button>
          </p>
        </form>
      )}
      {mode === 'delete' && current && (
        <div className="confirm" role="alertdialog" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t('checklists.deleteConfirm', { name: current.label })}</p>
          <p className="button-row">
            <button
              type="button"
              className="button button--warning"
              autoFocus
              onClick={() => void deleteChecklistRun(current.id).then((r) => { finish(r.ok); if (r.ok) onSelect(null); })}
            >
              {t('checklists.deleteYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setMode('idle')}>{t('actions.cancel')}</button>
          </p>
        </div>
      )}
    </section>
  );
}
