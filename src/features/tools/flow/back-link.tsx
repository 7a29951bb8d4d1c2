import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function BackLink({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <p className="back-link no-print">
      <Link to={to}>{t('tools.common.back')}</Link>
    </p>
  );
}
