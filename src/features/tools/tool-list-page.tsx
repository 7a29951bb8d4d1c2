import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { useReader } from '../../lib/use-reader';
import { toolLinks } from './tool-links';
import './tools.css';

/** The calculators, the reader's most relevant first, each with one line on what it answers. */
export function ToolListPage() {
  const { t } = useTranslation();
  const { locale, role } = useReader();
  // The reader's own tools first; the others stay available (a rep may check costs with an employer).
  const sorted = role
    ? [...toolLinks.filter((link) => link.roles.includes(role)), ...toolLinks.filter((link) => !link.roles.includes(role))]
    : toolLinks;
  return (
    <>
      <PageHeading>{t('tools.list.title')}</PageHeading>
      <p className="lead">{t('tools.list.intro')}</p>
      <ul className="card-list">
        {sorted.map((link) => (
          <li key={link.id} className="card card--action">
            <h2 className="card__title">
              <Link to={`/${locale.code}/${link.path}`}>{t(link.titleKey)}</Link>
            </h2>
            <p>{t(link.descriptionKey)}</p>
            <p className="card__meta">
              {t('tools.list.forRoles', {
                roles: link.roles.map((r) => t(`roles.${r}.plural`)).join(t('content.listJoin')),
              })}
            </p>
          </li>
        ))}
      </ul>
      <p>{t('tools.list.privacy')}</p>
      <p>
        <Link to={`/${locale.code}/tools/saved`}>{t('tools.saved.link')}</Link>
      </p>
    </>
  );
}
