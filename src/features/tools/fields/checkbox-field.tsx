import type { ReactNode } from 'react';
import { describedBy, FieldErrorMessage } from './field-error';

interface Props {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly { value: string; label: ReactNode }[];
  values: readonly string[];
  onChange: (values: string[]) => void;
}

/** Checkboxes in a fieldset ("select all that apply"). The first box's id is `<id>-first`. */
export function CheckboxField({ id, legend, hint, error, options, values, onChange }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const toggle = (value: string, checked: boolean) =>
    // Kept in the options' order, so the answer reads the same however it was ticked.
    onChange(options.map((option) => option.value).filter((v) => (v === value ? checked : values.includes(v))));
  return (
    <fieldset className={`field${error ? ' field--error' : ''}`} id={id} aria-describedby={describedBy(hintId, errorId)}>
      <legend className="field__legend">{legend}</legend>
      {hint && <div className="hint" id={hintId}>{hint}</div>}
      <FieldErrorMessage id={`${id}-error`} message={error} />
      <div className="radios">
        {options.map((option, index) => {
          const optionId = index === 0 ? `${id}-first` : `${id}-${option.value}`;
          return (
            <div className="checkbox" key={option.value}>
              <input
                type="checkbox"
                id={optionId}
                name={id}
                value={option.value}
                checked={values.includes(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
