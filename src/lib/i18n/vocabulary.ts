// The vocabularies' names and descriptions in each edition. English comes from the vocabulary modules themselves;
// vocabulary/vi.json holds the Vietnamese, which must have every key of the English (npm run validate checks it).
import { sortOrders } from "../browse/sort-orders";
import { chains } from "../facts/chains";
import { gpuModels } from "../facts/gpus";
import { observationKinds, providerKinds } from "../facts/price-kinds";
import { deploymentRoles, facts } from "../facts/registry";
import { projectStatuses, resources, workloads } from "../facts/taxonomy";
import { trustAxes, trustGrades } from "../facts/trust-axes";
import { changeKinds } from "../history/scopes";
import { keyGaps } from "./key-gaps";
import type { Locale } from "./locales";
import vietnamese from "./vocabulary/vi.json";

type Named = { name: string; description: string };
const named = (
  list: readonly { slug: string; name: string; description?: string }[],
): Record<string, Named> =>
  Object.fromEntries(
    list.map((entry) => [entry.slug, { name: entry.name, description: entry.description ?? "" }]),
  );

const english = {
  chains: Object.fromEntries(
    chains.map((chain) => [chain.slug, { description: chain.description }]),
  ) as Record<string, { description: string }>,
  resources: named(resources),
  workloads: named(workloads),
  statuses: named(projectStatuses),
  roles: named(deploymentRoles),
  facts: Object.fromEntries(facts.map((fact) => [fact.key, { label: fact.label }])) as Record<
    string,
    { label: string }
  >,
  grades: named(trustGrades),
  trustAxes: Object.fromEntries(
    trustAxes.map((axis) => [
      axis.slug,
      { name: axis.name, question: axis.question, description: axis.description, values: named(axis.values) },
    ]),
  ) as Record<string, { name: string; question: string; description: string; values: Record<string, Named> }>,
  gpus: Object.fromEntries(gpuModels.map((gpu) => [gpu.slug, { description: gpu.description }])) as Record<
    string,
    { description: string }
  >,
  observationKinds: named(observationKinds),
  providerKinds: named(providerKinds),
  changeKinds: Object.fromEntries(changeKinds.map((kind) => [kind.slug, { name: kind.name }])) as Record<
    string,
    { name: string }
  >,
  sortOrders: Object.fromEntries(
    Object.entries(sortOrders).map(([slug, name]) => [slug, { name }]),
  ) as Record<string, { name: string }>,
};
export type VocabularyTexts = typeof english;

const texts: Record<Locale, VocabularyTexts> = { en: english, vi: vietnamese as VocabularyTexts };

export const vocabularyTexts = (locale: Locale): VocabularyTexts => texts[locale];

type NamedKind =
  "resources" | "workloads" | "statuses" | "roles" | "grades" | "observationKinds" | "providerKinds";

/** A vocabulary value's name in an edition; chains keep their own names in every edition. */
export function termName(
  locale: Locale,
  kind: NamedKind | "chains" | "changeKinds" | "sortOrders",
  slug: string,
) {
  if (kind === "chains") return chains.find((chain) => chain.slug === slug)?.name ?? slug;
  return texts[locale][kind][slug]?.name ?? slug;
}

export const termDescription = (locale: Locale, kind: NamedKind | "chains" | "gpus", slug: string) =>
  texts[locale][kind][slug]?.description ?? "";

export const factLabel = (locale: Locale, key: string) => texts[locale].facts[key]?.label ?? key;

/** Key paths the Vietnamese texts lack or add, compared with the English: both lists empty when in step. */
export const vocabularyTranslationGaps = () => keyGaps(english, vietnamese);

/** The English vocabulary texts, for measuring how much of them the Vietnamese translates. */
export const englishVocabulary = english;
