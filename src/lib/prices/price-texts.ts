// The price pages' words in an edition, gathered at build time and handed to the components as plain data, so the
// filterable index in the browser carries no dictionary.
import type { GpuModel } from "../facts/gpus";
import type { Locale } from "../i18n/locales";
import { messages } from "../i18n/messages";
import { termDescription, termName } from "../i18n/vocabulary";

export type PriceTexts = {
  locale: Locale;
  noCurrent: string;
  provider: string;
  type: string;
  perGpuHour: string;
  observed: string;
  kind: string;
  source: string;
  decentralized: string;
  centralized: Record<string, string>;
  kinds: Record<string, string>;
  stale: string;
  staleMark: string;
  asPublished: string;
  scrollable: string;
  chartTitle: string;
  tableCaption: string;
  /** Each GPU model's description in the edition. */
  gpuDescriptions: Record<string, string>;
};

export function priceTexts(locale: Locale, gpus: readonly GpuModel[]): PriceTexts {
  const { prices } = messages(locale);
  const kinds = ["list", "market", "spot", "quote"];
  return {
    locale,
    noCurrent: prices.noCurrent,
    provider: prices.provider,
    type: prices.type,
    perGpuHour: prices.perGpuHour,
    observed: prices.observed,
    kind: prices.kind,
    source: prices.source,
    decentralized: prices.decentralized,
    centralized: Object.fromEntries(
      ["hyperscaler", "gpu-cloud", "marketplace"].map((kind) => [
        kind,
        prices.centralized(termName(locale, "providerKinds", kind)),
      ]),
    ),
    kinds: Object.fromEntries(kinds.map((kind) => [kind, termName(locale, "observationKinds", kind)])),
    stale: prices.stale("{days}"),
    staleMark: prices.staleMark,
    asPublished: prices.asPublished("{raw}"),
    scrollable: prices.scrollable("{caption}"),
    chartTitle: prices.chartTitle("{gpu}"),
    tableCaption: prices.tableCaption("{gpu}"),
    gpuDescriptions: Object.fromEntries(
      gpus.map((gpu) => [gpu.slug, termDescription(locale, "gpus", gpu.slug)]),
    ),
  };
}
