import type { EasyReadPage } from '../../content/model';

/** Which Easy Read page simplifies each checklist: checklist id → Easy Read page id. */
export function easyReadPagesByChecklist(pages: readonly Pick<EasyReadPage, 'id' | 'basedOn'>[]): ReadonlyMap<string, string> {
  const byChecklist = new Map<string, string>();
  // The first page for a checklist wins, so a second one can never silently replace the link.
  for (const page of pages) if (!byChecklist.has(page.basedOn)) byChecklist.set(page.basedOn, page.id);
  return byChecklist;
}

/**
 * The address of the Easy Read version of a checklist, or null when it has none, for a link on
 * the checklist page: `easyReadPathForChecklist(index.easyRead, locale, checklist.id)`.
 */
export function easyReadPathForChecklist(
  pages: readonly Pick<EasyReadPage, 'id' | 'basedOn'>[], locale: string, checklistId: string,
): string | null {
  const pageId = easyReadPagesByChecklist(pages).get(checklistId);
  return pageId ? `/${locale}/easy-read/${pageId}` : null;
}
