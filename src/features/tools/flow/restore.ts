/** Light shape checks for saved results: a damaged or older record is refused, never half-shown. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isStepList(value: unknown): value is { id: string; values: Record<string, number | string> }[] {
  return (
    Array.isArray(value) &&
    value.every(
      (step) =>
        isRecord(step) &&
        typeof step.id === 'string' &&
        isRecord(step.values) &&
        Object.values(step.values).every((v) => typeof v === 'number' || typeof v === 'string'),
    )
  );
}

export function hasNumbers(record: Record<string, unknown>, keys: readonly string[]): boolean {
  return keys.every((key) => typeof record[key] === 'number' && Number.isFinite(record[key]));
}

/** A number from a step's values, 0 when missing (old records), never NaN. */
export function num(values: Record<string, number | string>, key: string): number {
  const value = values[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export function str(values: Record<string, number | string>, key: string): string {
  const value = values[key];
  return typeof value === 'string' ? value : String(value ?? '');
}
