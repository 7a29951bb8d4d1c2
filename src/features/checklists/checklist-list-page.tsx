import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { ContentState } from '../../components/content-state';
import { useLocaleContent } from '../../lib/use-locale-content';

export function ChecklistListPage() {
  const { t } = useTranslation();
  const { content, settings } = useLocaleContent();
  return (
    <>
      <PageHeading>{t('checklists.title')}</PageHeading>
      <p className="lead">{t('checklists.intro')}</p>
      <ContentState state={content}>
        {(index) => (
          <ul className="card-list">
            {index.checklists.map((checklist) => (
              <li key={checklist.id} className="card">
                <h2 className="card__title"><Link to={`/${settings.locale}/checklists/${checklist.id}`}>{checklist.title}</Link></h2>
                <p>{checklist.summary}</p>
                <p className="card__meta">{t('checklists.forRoles', { roles: checklist.roles.map((r) => t(`roles.${r}.plural`)).join(t('content.listJoin')) })}</p>
              </li>
            ))}
          </ul>
        )}
      </ContentState>
    </>
  );
}
