import { useTranslation } from 'react-i18next';

/** The message shown at a field, with a hidden prefix so screen readers hear it is an error. */
export function FieldErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <p className="error-message" id={id}>
      <span className="visually-hidden">{t('tools.common.errorPrefix')} </span>
      {message}
    </p>
  );
}

export function describedBy(...ids: (string | false | undefined | null)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}
