import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GuideLink } from './template-guides';

/** Says plainly that a template is a starting point, and where the law behind it is explained. */
export function TemplateGuidance({ id, links }: { id: string; links: readonly GuideLink[] }) {
  const { t } = useTranslation();
  const linkText = (link: GuideLink) =>
    link.sectionTitle ? t('templates.guidance.guideSection', { guide: link.guideTitle, section: link.sectionTitle }) : link.guideTitle;
  return (
    <aside className="callout template-guidance no-print" aria-labelledby={id}>
      <p className="callout__label" id={id}>{t('templates.guidance.title')}</p>
      <p>{t('templates.guidance.body')}</p>
      {links.length === 1 && (
        <p>
          {t('templates.guidance.readGuide')} <Link to={links[0]!.href}>{linkText(links[0]!)}</Link>
        </p>
      )}
      {links.length > 1 && (
        <>
          <p className="template-guidance__links-intro">{t('templates.guidance.readGuides')}</p>
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                <Link to={link.href}>{linkText(link)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
