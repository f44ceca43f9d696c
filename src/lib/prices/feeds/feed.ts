// What every price feed parser returns: observations ready for a price file, and what it could not use, and why.
import type { PriceObservation } from "../schema";

export type FeedResult = { observations: PriceObservation[]; skipped: string[] };

/** Adds the observations a file does not hold yet (same GPU, date and source); returns how many were new. */
export function mergeObservations(
  existing: readonly PriceObservation[],
  incoming: readonly PriceObservation[],
): { observations: PriceObservation[]; added: number } {
  const key = (observation: PriceObservation) =>
    `${observation.gpu}|${observation.observed}|${observation.url}`;
  const seen = new Set(existing.map(key));
  const fresh = incoming.filter((observation) => !seen.has(key(observation)));
  return { observations: [...existing, ...fresh], added: fresh.length };
}
