import { useTranslation } from 'react-i18next';
import type { Source } from '../../content/model';

export function SourcesList({ sources, reviewed, localeTag }: { sources: readonly Source[]; reviewed: string; localeTag: string }) {
  const { t } = useTranslation();
  const date = new Intl.DateTimeFormat(localeTag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${reviewed}T00:00:00Z`));
  return (
    <aside className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('content.sources')}</h2>
      {sources.length > 0 && (
        <ul>
          {sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} rel="noopener noreferrer" className="external">{source.title}</a>
            </li>
          ))}
        </ul>
      )}
      <p className="sources__reviewed">
        {t('content.lastReviewed')} <time dateTime={reviewed}>{date}</time>
      </p>
    </aside>
  );
}
