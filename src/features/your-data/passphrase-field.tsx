interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  shown: boolean;
  autoComplete: 'current-password' | 'new-password';
  onChange: (value: string) => void;
}

/** A passphrase box. Never spell-checked or autocorrected: those would send it to a dictionary. */
export function PassphraseField({ id, label, hint, error, value, shown, autoComplete, onChange }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      {error && (
        <p className="error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      <input
        id={id}
        className="passphrase-input"
        type={shown ? 'text' : 'password'}
        value={value}
        autoComplete={autoComplete}
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

export function ShowPassphrase({ id, shown, label, onChange }: { id: string; shown: boolean; label: string; onChange: (shown: boolean) => void }) {
  return (
    <div className="checkbox field">
      <input type="checkbox" id={id} checked={shown} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
