import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ContentState } from '../../components/content-state';
import { NotFoundPage } from '../../components/not-found-page';
import { PageActions } from '../../components/page-actions';
import { PageHeading } from '../../components/page-heading';
import { InlineContent } from '../../components/content/inline-content';
import { RichTextContext } from '../../components/content/rich-text-context';
import { TranslationNotice } from '../../components/content/translation-notice';
import { ReadAloudButton } from '../../components/read-aloud/read-aloud-button';
import { useLocaleContent } from '../../lib/use-locale-content';
import { EasyReadIconView } from './easy-read-icons';
import './easy-read.css';

/** An Easy Read page: large text, one short point per row, each with a simple picture. */
export function EasyReadPageView() {
  const { pageId = '' } = useParams();
  const { t } = useTranslation();
  const { content, settings } = useLocaleContent();
  const pointsRef = useRef<HTMLElement>(null);
  return (
    <ContentState state={content}>
      {(index) => {
        const page = index.easyRead.find((candidate) => candidate.id === pageId);
        if (!page) return <NotFoundPage />;
        const checklist = index.checklists.find((candidate) => candidate.id === page.basedOn);
        return (
          <RichTextContext.Provider value={settings}>
            <article className="easy-read" ref={pointsRef}>
              <PageHeading>{page.title}</PageHeading>
              <TranslationNotice state={page.translation} humanReviewed={index.status.humanReviewed} englishPath={`/en/easy-read/${page.id}`} />
              <PageActions>
                <ReadAloudButton target={pointsRef} lang={settings.localeTag} />
              </PageActions>
              <ul className="easy-read__points" aria-label={t('easyRead.pointsLabel')}>
                {page.points.map((point) => (
                  <li key={point.id} className="easy-read__point">
                    <span className="easy-read__picture"><EasyReadIconView icon={point.icon} /></span>
                    <p className="easy-read__text"><InlineContent nodes={point.text} /></p>
                  </li>
                ))}
              </ul>
              {checklist && (
                <div className="easy-read__based-on">
                  <p>{t('easyRead.basedOn')}</p>
                  <p>
                    <Link to={`/${settings.locale}/checklists/${checklist.id}`}>{t('easyRead.fullChecklist', { title: checklist.title })}</Link>
                  </p>
                </div>
              )}
            </article>
          </RichTextContext.Provider>
        );
      }}
    </ContentState>
  );
}
