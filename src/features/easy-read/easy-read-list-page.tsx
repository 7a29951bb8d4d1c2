import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContentState } from '../../components/content-state';
import { PageHeading } from '../../components/page-heading';
import type { EasyReadPage } from '../../content/model';
import { useLocaleContent } from '../../lib/use-locale-content';
import { EasyReadIconView } from './easy-read-icons';
import './easy-read.css';

function EasyReadCards({ pages, locale }: { pages: readonly EasyReadPage[]; locale: string }) {
  return (
    <ul className="card-list easy-read-list">
      {pages.map((page) => (
        <li key={page.id} className="card easy-read-list__card">
          {page.points[0] && <span className="easy-read__picture"><EasyReadIconView icon={page.points[0].icon} /></span>}
          <h2 className="card__title"><Link to={`/${locale}/easy-read/${page.id}`}>{page.title}</Link></h2>
        </li>
      ))}
    </ul>
  );
}

export function EasyReadListPage() {
  const { t } = useTranslation();
  const { content, settings } = useLocaleContent();
  return (
    <>
      <PageHeading>{t('easyRead.title')}</PageHeading>
      <p className="lead easy-read-list__intro">{t('easyRead.intro')}</p>
      <ContentState state={content}>
        {(index) => {
          const forReader = (page: EasyReadPage) =>
            (!settings.role || page.roles.includes(settings.role)) && (!settings.nation || page.nations.includes(settings.nation));
          const mine = index.easyRead.filter(forReader);
          const others = index.easyRead.filter((page) => !forReader(page));
          return (
            <>
              <EasyReadCards pages={mine} locale={settings.locale} />
              {others.length > 0 && (
                <details className="for-others">
                  <summary>{t('easyRead.other')}</summary>
                  <EasyReadCards pages={others} locale={settings.locale} />
                </details>
              )}
            </>
          );
        }}
      </ContentState>
    </>
  );
}
