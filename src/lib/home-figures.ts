/**
 * The figures the home page shows at a glance, counted from the content on the build day: partner
 * localities and their countries, agreements in force, plans and the total of their budgets.
 */
import type { Entry, Site } from './site-content';

/**
 * Agreements in force on `day` (YYYY-MM-DD): signed, and their term not over when the documents give
 * one (an agreement signed without a stated term counts as in force: no document says it ended).
 */
export function isInForce(agreement: Entry<'agreements'>, day: string): boolean {
  const { status, term } = agreement.facts;
  return status === 'signed' && (!term || term.to >= Number(day.slice(0, 4)));
}

/** The home page's figures; each one is the length (or total) of a list that a page shows in full. */
export function homeFigures(site: Site, day: string) {
  const budgets = site.plans.flatMap((p) => (p.facts.budget ? [p.facts.budget] : []));
  const currencies = new Set(budgets.map((b) => b.currency));
  if (currencies.size > 1) throw new Error(`Plan budgets in several currencies (${[...currencies].join(', ')}) cannot be added up`);
  return {
    partners: site.partners.length,
    countries: new Set(site.partners.map((p) => p.facts.country)).size,
    agreementsInForce: site.agreements.filter((a) => isInForce(a, day)).length,
    plans: site.plans.length,
    budget: { total: budgets.reduce((sum, b) => sum + b.amount, 0), currency: [...currencies][0] ?? 'VND', plans: budgets.length },
  };
}
