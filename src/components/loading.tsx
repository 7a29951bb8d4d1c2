import i18next from 'i18next';

/** A loading line. Safe before i18next has started (the very first paint), when it shows English. */
export function Loading({ label }: { label?: string }) {
  const text = label ?? (i18next.isInitialized ? i18next.t('shell.loading', { defaultValue: 'Loading…' }) : 'Loading…');
  return (
    <p className="loading" role="status" aria-live="polite">
      {text}
    </p>
  );
}
