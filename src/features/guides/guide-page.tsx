import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { ContentState } from '../../components/content-state';
import { BlockContent } from '../../components/content/block-content';
import { RichTextContext } from '../../components/content/rich-text-context';
import { SourcesList } from '../../components/content/sources-list';
import { TranslationNotice } from '../../components/content/translation-notice';
import { PageActions } from '../../components/page-actions';
import { ReadAloudButton } from '../../components/read-aloud/read-aloud-button';
import { useGuide } from '../../content/use-content';
import { useLocaleContent } from '../../lib/use-locale-content';
import { NotFoundPage } from '../../components/not-found-page';

/** Scrolls to #section once the guide has rendered (the browser cannot: the content arrives late). */
function useScrollToHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target) {
      target.scrollIntoView();
      target.focus({ preventScroll: true });
    }
  }, [ready, hash]);
}

export function GuidePage() {
  const { guideId = '' } = useParams();
  const { t } = useTranslation();
  const { content, settings } = useLocaleContent();
  const guide = useGuide(settings.locale, guideId);
  useScrollToHash(guide.status === 'ready' && content.status === 'ready');
  return (
    <ContentState state={content}>
      {(index) => (
        <ContentState state={guide}>
          {(data) => {
            if (!data) return <NotFoundPage />;
            return (
              <RichTextContext.Provider value={settings}>
                <article className="guide" id="guide-article">
                  <PageHeading>{data.title}</PageHeading>
                  <p className="lead">{data.summary}</p>
                  <TranslationNotice
                    state={data.translation}
                    humanReviewed={index.status.humanReviewed}
                    englishPath={`/en/guides/${data.id}`}
                  />
                  <PageActions>
                    <ReadAloudButton target="guide-article" />
                  </PageActions>
                  {data.sections.length > 1 && (
                    <nav className="contents" aria-labelledby="contents-heading">
                      <h2 id="contents-heading">{t('content.onThisPage')}</h2>
                      <ol>
                        {data.sections.map((section) => (
                          <li key={section.id}><a href={`#${section.id}`}>{section.title}</a></li>
                        ))}
                      </ol>
                    </nav>
                  )}
                  <BlockContent blocks={data.blocks} />
                  <SourcesList sources={data.sources} reviewed={data.reviewed} localeTag={settings.localeTag} />
                </article>
              </RichTextContext.Provider>
            );
          }}
        </ContentState>
      )}
    </ContentState>
  );
}
