/** The four UK nations: employment law is mostly GB-wide, but vetting, care policy and some rules differ. */
export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

/** Who is reading: a personal assistant, the person employing one, or a union rep or adviser. */
export const ROLES = ['pa', 'employer', 'rep'] as const;
export type Role = (typeof ROLES)[number];

export function isNation(value: unknown): value is Nation {
  return typeof value === 'string' && (NATIONS as readonly string[]).includes(value);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Northern Ireland has its own employment law for several topics; GB is the other three. */
export function isGreatBritain(nation: Nation): boolean {
  return nation !== 'northern-ireland';
}
