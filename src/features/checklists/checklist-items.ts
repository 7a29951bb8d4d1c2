import type { ChecklistItem } from '../../content/model';
import type { Nation, Role } from '../../domain/shared/audience';

/** Items that apply to this reader, and the rest (kept one click away, never hidden for good). */
export function itemsForReader(items: readonly ChecklistItem[], nation: Nation | null, role: Role | null) {
  const applies = (item: ChecklistItem) => (!nation || item.nations.includes(nation)) && (!role || item.roles.includes(role));
  return { mine: items.filter(applies), others: items.filter((item) => !applies(item)) };
}

/** Consecutive items that share a group heading, in the order the checklist gives them. */
export function groupItems(items: readonly ChecklistItem[]): { group: string | undefined; items: ChecklistItem[] }[] {
  const groups: { group: string | undefined; items: ChecklistItem[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.group === item.group) last.items.push(item);
    else groups.push({ group: item.group, items: [item] });
  }
  return groups;
}
