import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { PreferencesForm } from './preferences-form';

export function FirstRunPage() {
  const { t } = useTranslation();
  const { locale = 'en' } = useParams();
  const navigate = useNavigate();
  return (
    <>
      <PageHeading>{t('welcome.title')}</PageHeading>
      <p className="lead">{t('welcome.intro')}</p>
      <p>{t('welcome.privacy')}</p>
      <PreferencesForm locale={locale} initial={null} submitLabel={t('welcome.start')} onSaved={() => navigate(`/${locale}/`)} />
    </>
  );
}
