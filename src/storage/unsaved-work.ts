/**
 * Which forms hold input not yet safely stored. The app-update prompt checks this so it never
 * reloads the page out from under someone who is typing.
 */
const dirtyForms = new Set<string>();
const listeners = new Set<() => void>();

export function markDirty(formKey: string, dirty: boolean): void {
  const changed = dirty ? !dirtyForms.has(formKey) : dirtyForms.has(formKey);
  if (!changed) return;
  if (dirty) dirtyForms.add(formKey);
  else dirtyForms.delete(formKey);
  for (const listener of [...listeners]) listener();
}

export function hasDirtyForms(): boolean {
  return dirtyForms.size > 0;
}

/** Lets the update prompt reload as soon as the last form is saved, instead of polling. */
export function onDirtyFormsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
