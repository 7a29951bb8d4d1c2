import type { StepProps } from '../flow/tool-definition';

/** Choices and text boxes hand back a string; other fields (dates) their own value type. */
type Changed<V> = V extends string ? string : V;

/**
 * What every field of a step takes from the step: its DOM id, the message at it, its value, and
 * an onChange that writes it back into the form. Labels and hints stay with the caller.
 */
export function bindField<F, K extends keyof F & string>({ form, update, errors, idFor }: StepProps<F>, field: K) {
  return {
    id: idFor(field),
    error: errors[field]?.message,
    value: form[field],
    onChange: (value: Changed<F[K]>) => update({ [field]: value } as unknown as Partial<F>),
  };
}
