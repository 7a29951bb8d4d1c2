import { useTranslation } from 'react-i18next';

/** Print is the one action every page gets; pages add their own (share, copy) beside it. */
export function PageActions({ children }: { children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="page-actions no-print">
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t('actions.print')}
      </button>
      {children}
    </div>
  );
}
