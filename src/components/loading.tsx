import { useTranslation } from 'react-i18next';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status" aria-live="polite">
      {label ?? (t('shell.loading', { defaultValue: 'Loading…' }) as string)}
    </p>
  );
}
