import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1. It sets the document title and takes focus when the page changes, so screen
 * reader users hear where they arrived after following a link in this single-page app.
 */
export function PageHeading({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const text = title ?? ref.current?.textContent ?? '';
    document.title = text ? `${text} – FairPA` : 'FairPA';
    const main = document.getElementById('main-content');
    // Only move focus after in-app navigation, not on the very first load.
    if (ref.current && main && document.activeElement !== document.body) ref.current.focus({ preventScroll: false });
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
