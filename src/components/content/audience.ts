import type { Audience } from '../../content/model';
import type { Nation, Role } from '../../domain/shared/audience';

/** Whether a passage marked for some nations or roles is meant for this reader. */
export function audienceMatches(audience: Audience, nation: Nation | null, role: Role | null): boolean {
  const nationOk = !audience.nations || (nation !== null && audience.nations.includes(nation));
  const roleOk = !audience.roles || (role !== null && audience.roles.includes(role));
  return nationOk && roleOk;
}
