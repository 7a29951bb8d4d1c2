import type { Role } from '../../domain/shared/audience';

/** What each kind of reader is most likely to need first, in order. */
export interface HomePlan {
  checklists: string[];
  guides: string[];
}

export const HOME_PLANS: Record<Role, HomePlan> = {
  pa: {
    checklists: ['paid-and-treated-fairly', 'health-and-safety-at-home', 'when-employment-ends'],
    guides: ['minimum-wage', 'employers-liability-insurance', 'vetting-checks', 'holiday', 'sick-pay', 'health-and-safety', 'getting-help'],
  },
  employer: {
    checklists: ['before-your-pa-starts', 'health-and-safety-at-home', 'when-employment-ends'],
    guides: ['becoming-an-employer', 'minimum-wage', 'employers-liability-insurance', 'vetting-checks', 'health-and-safety', 'written-statement', 'getting-help'],
  },
  rep: {
    checklists: ['home-visit', 'paid-and-treated-fairly', 'when-employment-ends'],
    guides: ['minimum-wage', 'employers-liability-insurance', 'vetting-checks', 'health-and-safety', 'ending-employment', 'getting-help'],
  },
};

/**
 * A link another feature offers the home page (a calculator, a record list). The app shell passes
 * them in, so the home feature never imports another feature.
 */
export interface HomeLink {
  titleKey: string;
  descriptionKey: string;
  path: string;
  roles: readonly Role[];
}
