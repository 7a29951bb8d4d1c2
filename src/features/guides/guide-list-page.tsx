import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { ContentState } from '../../components/content-state';
import { useLocaleSummary } from '../../content/use-content';
import { useReader } from '../../lib/use-reader';
import type { GuideSummary } from '../../content/model';

function GuideLinks({ guides, locale }: { guides: GuideSummary[]; locale: string }) {
  return (
    <ul className="card-list">
      {guides.map((guide) => (
        <li key={guide.id} className="card">
          <h3><Link to={`/${locale}/guides/${guide.id}`}>{guide.title}</Link></h3>
          <p>{guide.summary}</p>
        </li>
      ))}
    </ul>
  );
}

export function GuideListPage() {
  const { t } = useTranslation();
  const reader = useReader();
  const settings = { locale: reader.locale.code, role: reader.role, nation: reader.nation };
  const content = useLocaleSummary(reader.locale.code);
  return (
    <>
      <PageHeading>{t('guides.title')}</PageHeading>
      <p className="lead">{t('guides.intro')}</p>
      <ContentState state={content}>
        {(index) => {
          const forReader = (g: GuideSummary) =>
            (!settings.role || g.roles.includes(settings.role)) && (!settings.nation || g.nations.includes(settings.nation));
          const core = index.guides.filter((g) => g.topic === 'core');
          const basics = index.guides.filter((g) => g.topic === 'basics' && forReader(g));
          const other = index.guides.filter((g) => g.topic === 'basics' && !forReader(g));
          return (
            <>
              <h2>{t('guides.core')}</h2>
              <GuideLinks guides={core} locale={settings.locale} />
              <h2>{t('guides.basics')}</h2>
              <GuideLinks guides={basics} locale={settings.locale} />
              {other.length > 0 && (
                <details>
                  <summary>{t('guides.other')}</summary>
                  <GuideLinks guides={other} locale={settings.locale} />
                </details>
              )}
            </>
          );
        }}
      </ContentState>
    </>
  );
}
