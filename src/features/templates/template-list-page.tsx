import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContentState } from '../../components/content-state';
import { PageHeading } from '../../components/page-heading';
import type { Template } from '../../content/model';
import { useLocaleContent } from '../../lib/use-locale-content';

function TemplateCards({ templates, locale }: { templates: readonly Template[]; locale: string }) {
  const { t } = useTranslation();
  return (
    <ul className="card-list">
      {templates.map((template) => (
        <li key={template.id} className="card">
          <h2 className="card__title"><Link to={`/${locale}/templates/${template.id}`}>{template.title}</Link></h2>
          <p>{template.summary}</p>
          <p className="card__meta">{t('templates.forRoles', { roles: template.roles.map((r) => t(`roles.${r}.plural`)).join(t('content.listJoin')) })}</p>
        </li>
      ))}
    </ul>
  );
}

export function TemplateListPage() {
  const { t } = useTranslation();
  const { content, settings } = useLocaleContent();
  return (
    <>
      <PageHeading>{t('templates.title')}</PageHeading>
      <p className="lead">{t('templates.intro')}</p>
      <ContentState state={content}>
        {(index) => {
          const forReader = (template: Template) =>
            (!settings.role || template.roles.includes(settings.role)) && (!settings.nation || template.nations.includes(settings.nation));
          const mine = index.templates.filter(forReader);
          const others = index.templates.filter((template) => !forReader(template));
          return (
            <>
              <TemplateCards templates={mine} locale={settings.locale} />
              {others.length > 0 && (
                <details className="for-others">
                  <summary>{t('templates.other')}</summary>
                  <TemplateCards templates={others} locale={settings.locale} />
                </details>
              )}
            </>
          );
        }}
      </ContentState>
    </>
  );
}
