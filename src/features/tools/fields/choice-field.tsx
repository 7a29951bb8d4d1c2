import type { ReactNode } from 'react';
import { describedBy, FieldErrorMessage } from './field-error';

export interface Choice {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Questions revealed under this option while it is chosen (GOV.UK conditional reveal). */
  conditional?: ReactNode;
}

interface Props {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  choices: readonly Choice[];
  value: string;
  onChange: (value: string) => void;
  /** Side by side, for short answers such as Yes and No. */
  inline?: boolean;
}

/** Radios in a fieldset. The first option's id is `<id>-first`, which error summaries link to. */
export function ChoiceField({ id, legend, hint, error, choices, value, onChange, inline = false }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const hasConditional = choices.some((choice) => choice.conditional);
  return (
    <fieldset className={`field${error ? ' field--error' : ''}`} id={id} aria-describedby={describedBy(hintId, errorId)}>
      <legend className="field__legend">{legend}</legend>
      {hint && <div className="hint" id={hintId}>{hint}</div>}
      <FieldErrorMessage id={`${id}-error`} message={error} />
      <div className={`radios${inline && !hasConditional ? ' radios--inline' : ''}`}>
        {choices.map((choice, index) => {
          const optionId = index === 0 ? `${id}-first` : `${id}-${choice.value}`;
          const conditionalId = `${optionId}-conditional`;
          const open = value === choice.value && Boolean(choice.conditional);
          return (
            <div key={choice.value}>
              <div className="radio">
                <input
                  type="radio"
                  id={optionId}
                  name={id}
                  value={choice.value}
                  checked={value === choice.value}
                  onChange={() => onChange(choice.value)}
                  aria-describedby={choice.hint ? `${optionId}-hint` : undefined}
                />
                <label htmlFor={optionId}>{choice.label}</label>
                {choice.hint && <div className="hint radio__hint" id={`${optionId}-hint`}>{choice.hint}</div>}
              </div>
              {open && (
                <div className="radio-conditional" id={conditionalId}>
                  {choice.conditional}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
