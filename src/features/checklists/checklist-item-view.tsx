import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChecklistItem } from '../../content/model';
import { InlineContent } from '../../components/content/inline-content';
import { useRichText } from '../../components/content/rich-text-context';
import { markDirty, type ChecklistAnswerValue } from '../../storage';

const NOTE_SAVE_DELAY_MS = 400;

interface Props {
  item: ChecklistItem;
  answer: ChecklistAnswerValue;
  onChange: (change: Partial<ChecklistAnswerValue>) => Promise<boolean>;
}

/** One checklist item: tick, why it matters, how to do it, where to read more, and a private note. */
export function ChecklistItemView({ item, answer, onChange }: Props) {
  const { t } = useTranslation();
  const { locale } = useRichText();
  const id = useId();
  const [note, setNote] = useState(answer.note);
  const [noteState, setNoteState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const formKey = `checklist-note:${item.id}`;
  // The tick shows at once; the stored answer confirms it a moment later (or puts it back on failure).
  const [pendingDone, setPendingDone] = useState<boolean | null>(null);
  if (pendingDone !== null && pendingDone === answer.done) setPendingDone(null);
  const done = pendingDone ?? answer.done;

  // A note saved from elsewhere (another tab, an import) replaces the shown text, unless the
  // reader is typing: adjusting state during render is React's pattern for following a prop.
  const [syncedNote, setSyncedNote] = useState(answer.note);
  if (answer.note !== syncedNote) {
    setSyncedNote(answer.note);
    if (noteState !== 'saving') setNote(answer.note);
  }

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
    markDirty(formKey, false);
  }, [formKey]);

  const saveNote = (value: string) => {
    if (timer.current) clearTimeout(timer.current);
    markDirty(formKey, true);
    setNoteState('saving');
    timer.current = setTimeout(() => {
      onChange({ note: value }).then((ok) => {
        setNoteState(ok ? 'saved' : 'failed');
        if (ok) markDirty(formKey, false);
      });
    }, NOTE_SAVE_DELAY_MS);
  };

  return (
    <li className={`checklist-item${done ? ' checklist-item--done' : ''}`}>
      <div className="checkbox">
        <input
          type="checkbox"
          id={`${id}-done`}
          checked={done}
          onChange={(event) => {
            const next = event.target.checked;
            setPendingDone(next);
            void onChange({ done: next }).then((ok) => {
              if (!ok) setPendingDone(null);
            });
          }}
          aria-describedby={`${id}-why`}
        />
        <label htmlFor={`${id}-done`} className="checklist-item__action">
          <InlineContent nodes={item.action} />
        </label>
      </div>
      <div className="checklist-item__body">
        <p id={`${id}-why`} className="checklist-item__why">
          <span className="checklist-item__label">{t('checklists.why')} </span>
          <InlineContent nodes={item.why} />
        </p>
        {item.how && (
          <p className="checklist-item__how">
            <span className="checklist-item__label">{t('checklists.how')} </span>
            <InlineContent nodes={item.how} />
          </p>
        )}
        {item.guide && (
          <p className="no-print">
            <Link to={`/${locale}/guides/${item.guide.id}${item.guide.section ? `#${item.guide.section}` : ''}`}>
              {t('checklists.readGuide')}
            </Link>
          </p>
        )}
        <details className="checklist-item__note" open={note.length > 0}>
          <summary>{note ? t('checklists.note') : t('checklists.addNote')}</summary>
          <label htmlFor={`${id}-note`} className="visually-hidden">{t('checklists.note')}</label>
          <textarea
            id={`${id}-note`}
            rows={3}
            value={note}
            onChange={(event) => {
              setNote(event.target.value);
              saveNote(event.target.value);
            }}
          />
          <p className="hint" role="status" aria-live="polite">
            {noteState === 'saving' ? t('storage.saving') : noteState === 'saved' ? t('storage.saved') : noteState === 'failed' ? t('storage.saveFailed') : ''}
          </p>
        </details>
        {note && <p className="print-only">{t('checklists.note')}: {note}</p>}
      </div>
    </li>
  );
}
