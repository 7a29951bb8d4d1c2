import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { ContentState } from '../../components/content-state';
import { useLocaleSummary } from '../../content/use-content';
import { useReader } from '../../lib/use-reader';
import type { Role } from '../../domain/shared/audience';
import { HOME_PLANS, type HomeLink } from './home-links';

function LinkCards({ links, locale, headingId, heading }: { links: readonly HomeLink[]; locale: string; headingId: string; heading: string }) {
  const { t, i18n } = useTranslation();
  // Feature strings arrive just after the first paint; the cards appear with them.
  const ready = links.filter((link) => i18n.exists(link.titleKey));
  if (ready.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul className="card-list">
        {ready.map((link) => (
          <li key={link.path} className="card card--action">
            <h3 className="card__title"><Link to={`/${locale}/${link.path}`}>{t(link.titleKey)}</Link></h3>
            <p>{t(link.descriptionKey)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function HomePage({ role, tools, records }: { role: Role; tools: readonly HomeLink[]; records: readonly HomeLink[] }) {
  const { t } = useTranslation();
  const { locale } = useReader();
  const settings = { locale: locale.code };
  const content = useLocaleSummary(locale.code);
  const plan = HOME_PLANS[role];
  return (
    <>
      <PageHeading>{t(`home.${role}.title`)}</PageHeading>
      <p className="lead">{t(`home.${role}.intro`)}</p>
      <ContentState state={content}>
        {(index) => {
          const checklists = plan.checklists.flatMap((id) => index.checklists.filter((c) => c.id === id));
          const guides = plan.guides.flatMap((id) => index.guides.filter((g) => g.id === id));
          const forRole = (links: readonly HomeLink[]) => links.filter((link) => link.roles.includes(role));
          return (
            <>
              <LinkCards links={forRole(tools)} locale={settings.locale} headingId="home-tools" heading={t('home.tools')} />
              <LinkCards links={forRole(records)} locale={settings.locale} headingId="home-records" heading={t('home.records')} />
              {checklists.length > 0 && (
                <section aria-labelledby="home-checklists">
                  <h2 id="home-checklists">{t('home.checklists')}</h2>
                  <ul className="card-list">
                    {checklists.map((c) => (
                      <li key={c.id} className="card card--action">
                        <h3 className="card__title"><Link to={`/${settings.locale}/checklists/${c.id}`}>{c.title}</Link></h3>
                        <p>{c.summary}</p>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              <section aria-labelledby="home-guides">
                <h2 id="home-guides">{t('home.guides')}</h2>
                <ul className="card-list">
                  {guides.map((g) => (
                    <li key={g.id} className="card">
                      <h3 className="card__title"><Link to={`/${settings.locale}/guides/${g.id}`}>{g.title}</Link></h3>
                      <p>{g.summary}</p>
                    </li>
                  ))}
                </ul>
                <p><Link to={`/${settings.locale}/guides`}>{t('home.allGuides')}</Link></p>
              </section>
            </>
          );
        }}
      </ContentState>
    </>
  );
}
