// The GPU price index: for each GPU model, each provider's newest observation, cheapest first, with its age;
// older observations stay as history. Pure: takes the price files and project names, returns rows.
import type { Project } from "../content/schema";
import { daysBetween } from "../content/review";
import { gpuModels, type GpuModel } from "../facts/gpus";
import { pagePaths } from "../site/paths";
import { compareText } from "../text/order";
import type { PriceFile, PriceObservation } from "./schema";

/** Older than this, a price is shown as stale. */
export const staleAfterDays = 90;
/** Older than this, a price leaves the current table and is kept in the history only. */
export const currentForDays = 365;

export type Provider = {
  slug: string;
  name: string;
  /** A network of the directory, or a centralized cloud given as a baseline. */
  isDecentralized: boolean;
  kind: string;
  href: string;
  isExternal: boolean;
};

export type PriceRow = {
  provider: Provider;
  observation: PriceObservation;
  ageDays: number;
  isStale: boolean;
};

export function providerOf(file: PriceFile, projects: readonly Pick<Project, "slug" | "name">[]): Provider {
  if (file.project !== undefined) {
    const project = projects.find((candidate) => candidate.slug === file.project);
    return {
      slug: file.slug,
      name: project?.name ?? file.project,
      isDecentralized: true,
      kind: "network",
      href: pagePaths.project(file.project),
      isExternal: false,
    };
  }
  return {
    slug: file.slug,
    name: file.baseline!.name,
    isDecentralized: false,
    kind: file.baseline!.kind,
    href: file.baseline!.website,
    isExternal: true,
  };
}

const newestFirst = (a: PriceObservation, b: PriceObservation) =>
  compareText(b.observed, a.observed) || a.usdPerGpuHour - b.usdPerGpuHour;

/** Each provider's newest observation of one GPU model from the last year, cheapest first. */
export function currentPrices(
  files: readonly PriceFile[],
  projects: readonly Pick<Project, "slug" | "name">[],
  gpu: string,
  today: string,
): PriceRow[] {
  return files
    .flatMap((file) => {
      const newest = file.observations.filter((observation) => observation.gpu === gpu).sort(newestFirst)[0];
      if (!newest) return [];
      const ageDays = daysBetween(newest.observed, today);
      if (ageDays > currentForDays) return [];
      return [
        {
          provider: providerOf(file, projects),
          observation: newest,
          ageDays,
          isStale: ageDays > staleAfterDays,
        },
      ];
    })
    .sort(
      (a, b) =>
        a.observation.usdPerGpuHour - b.observation.usdPerGpuHour ||
        compareText(a.provider.name, b.provider.name),
    );
}

/** Every observation of one GPU model, per provider, newest first: the history behind the current table. */
export function priceHistory(
  files: readonly PriceFile[],
  projects: readonly Pick<Project, "slug" | "name">[],
  gpu: string,
): { provider: Provider; observations: PriceObservation[] }[] {
  return files
    .map((file) => ({
      provider: providerOf(file, projects),
      observations: file.observations.filter((observation) => observation.gpu === gpu).sort(newestFirst),
    }))
    .filter((entry) => entry.observations.length > 0)
    .sort((a, b) => compareText(a.provider.name, b.provider.name));
}

/** The GPU models that have at least one observation, in the vocabulary's order. */
export const pricedGpus = (files: readonly PriceFile[]): GpuModel[] =>
  gpuModels.filter((gpu) =>
    files.some((file) => file.observations.some((observation) => observation.gpu === gpu.slug)),
  );

/** A network's newest price per GPU model (any age), for its project page and compare. */
export function pricesOfProject(files: readonly PriceFile[], slug: string): PriceObservation[] {
  const file = files.find((candidate) => candidate.project === slug);
  if (!file) return [];
  const newest = new Map<string, PriceObservation>();
  for (const observation of [...file.observations].sort(newestFirst))
    if (!newest.has(observation.gpu)) newest.set(observation.gpu, observation);
  return gpuModels.flatMap((gpu) => newest.get(gpu.slug) ?? []);
}
