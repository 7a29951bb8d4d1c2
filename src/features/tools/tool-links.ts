import type { Role } from '../../domain/shared/audience';
import type { ToolId } from './flow/tool-definition';

/** A calculator as the home page and main navigation list it. */
export interface ToolLink {
  id: ToolId;
  /** i18n keys (strings in content/<locale>/ui/tools.json). */
  titleKey: string;
  descriptionKey: string;
  /** Who it suits, most relevant first on the home page for these roles. */
  roles: readonly Role[];
  /** The path under the locale: `/${locale}/${path}`. */
  path: string;
}

export const toolLinks: readonly ToolLink[] = [
  {
    id: 'minimum-wage',
    titleKey: 'tools.minimumWage.title',
    descriptionKey: 'tools.minimumWage.description',
    roles: ['pa', 'employer', 'rep'],
    path: 'tools/minimum-wage',
  },
  {
    id: 'holiday',
    titleKey: 'tools.holiday.title',
    descriptionKey: 'tools.holiday.description',
    roles: ['pa', 'employer', 'rep'],
    path: 'tools/holiday',
  },
  {
    id: 'sick-pay',
    titleKey: 'tools.sickPay.title',
    descriptionKey: 'tools.sickPay.description',
    roles: ['pa', 'employer', 'rep'],
    path: 'tools/sick-pay',
  },
  {
    id: 'employment-cost',
    titleKey: 'tools.employmentCost.title',
    descriptionKey: 'tools.employmentCost.description',
    roles: ['employer', 'rep'],
    path: 'tools/employment-cost',
  },
];

/** The list page, for the main navigation: its label is `tools.list.navLabel`. */
export const TOOLS_PATH = 'tools';

export function toolLinksFor(role: Role | null): readonly ToolLink[] {
  return role === null ? toolLinks : toolLinks.filter((link) => link.roles.includes(role));
}
