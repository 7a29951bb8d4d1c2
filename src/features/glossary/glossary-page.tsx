import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { ContentState } from '../../components/content-state';
import { InlineContent } from '../../components/content/inline-content';
import { RichTextContext } from '../../components/content/rich-text-context';
import { useLocaleContent } from '../../lib/use-locale-content';

export function GlossaryPage() {
  const { t } = useTranslation();
  const { content, settings } = useLocaleContent();
  const { hash } = useLocation();
  const ready = content.status === 'ready';
  useEffect(() => {
    if (!ready || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView();
    target?.focus({ preventScroll: true });
  }, [ready, hash]);
  return (
    <>
      <PageHeading>{t('glossary.title')}</PageHeading>
      <p className="lead">{t('glossary.intro')}</p>
      <ContentState state={content}>
        {(index) => {
          const terms = [...index.glossary].sort((a, b) => a.term.localeCompare(b.term, settings.localeTag));
          return (
            <RichTextContext.Provider value={settings}>
              <dl className="glossary">
                {terms.map((term) => (
                  <div key={term.id} className={`glossary__entry${hash === `#${term.id}` ? ' glossary__entry--target' : ''}`}>
                    <dt id={term.id} tabIndex={-1}>{term.term}</dt>
                    <dd>
                      <InlineContent nodes={term.definition} />
                      {term.guide && (
                        <>
                          {' '}
                          <Link to={`/${settings.locale}/guides/${term.guide.id}${term.guide.section ? `#${term.guide.section}` : ''}`}>
                            {t('glossary.readMore')}
                          </Link>
                        </>
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            </RichTextContext.Provider>
          );
        }}
      </ContentState>
    </>
  );
}
