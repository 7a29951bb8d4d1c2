import type { TFunction } from 'i18next';
import type { FollowUp, Visit } from '../../storage';
import { formatDate } from './format';

export interface SummaryAttachment {
  label: string;
  detail: string;
}

export interface VisitSummaryInput {
  visit: Visit;
  followUps: readonly FollowUp[];
  checklists: readonly SummaryAttachment[];
  results: readonly SummaryAttachment[];
}

/**
 * The visit as plain text, to share or copy into a message for the member. It says the same as
 * the printed summary, line for line, so nothing differs between what is printed and what is sent.
 */
export function visitSummaryText(t: TFunction, localeTag: string, { visit, followUps, checklists, results }: VisitSummaryInput): string {
  const lines: string[] = [t('visits.summary.title', { date: formatDate(visit.date, localeTag) }), ''];
  lines.push(`${t('visits.fields.place')}: ${visit.place}`);
  if (visit.seen) lines.push(`${t('visits.fields.seen')}: ${visit.seen}`);
  if (visit.findings) lines.push('', `${t('visits.fields.findings')}:`, visit.findings);
  if (checklists.length > 0) {
    lines.push('', `${t('visits.view.checklists')}:`);
    for (const checklist of checklists) lines.push(`- ${checklist.label} (${checklist.detail})`);
  }
  if (results.length > 0) {
    lines.push('', `${t('visits.view.results')}:`);
    for (const result of results) lines.push(`- ${result.label} (${result.detail})`);
  }
  if (followUps.length > 0) {
    lines.push('', `${t('visits.followUps.title')}:`);
    for (const followUp of followUps) {
      const due = followUp.dueDate ? t('visits.followUps.due', { date: formatDate(followUp.dueDate, localeTag) }) : t('visits.followUps.noDate');
      lines.push(`- ${followUp.done ? `[${t('visits.followUps.doneMark')}] ` : ''}${followUp.action} (${due})`);
    }
  }
  return lines.join('\n');
}
