// The /prices/ view in the address, read and applied in the browser (kept apart from the price tables, which
// need the GPU vocabulary only at build time).
import { keepKnown, listParam, readableQuery, type UnknownFilter } from "../site/address-values";
import type { PriceRow } from "./index-table";

export type PriceView = { gpu: string[]; provider: string[] };
export type PriceParameter = "gpu" | "provider";
const providerTypes = ["decentralized", "centralized"];

/** The /prices/ view in the address: `?gpu=h100-sxm-80gb&provider=decentralized`; unknown values reported. */
export function parsePriceView(params: URLSearchParams, knownGpus: readonly string[]) {
  const unknown: UnknownFilter<PriceParameter>[] = [];
  const view: PriceView = {
    gpu: keepKnown("gpu", listParam(params, "gpu"), knownGpus, unknown),
    provider: keepKnown("provider", listParam(params, "provider"), providerTypes, unknown),
  };
  return { view, unknown };
}

export const priceViewQuery = ({ gpu, provider }: PriceView) =>
  readableQuery([
    ["gpu", gpu],
    ["provider", provider],
  ]);

export const passesProviderFilter = (row: PriceRow, view: PriceView) =>
  view.provider.length === 0 ||
  view.provider.includes(row.provider.isDecentralized ? "decentralized" : "centralized");
