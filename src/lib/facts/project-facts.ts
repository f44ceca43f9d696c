// A project's facts as labelled rows with their sources and state (a value, a confirmed "none", or unknown):
// shared by the project page, compare and the embeds. Rows come from the fact registry, in its order.
import type { Project, TrustRating } from "../content/schema";
import { pagePaths } from "../site/paths";
import type { Locale } from "../i18n/locales";
import { factLabel, termName, vocabularyTexts } from "../i18n/vocabulary";
import { monthYear } from "../text/dates";
import { factsInCompare, factsShownOnPage, type Fact } from "./registry";
import { trustAxes, trustValueOf, type TrustAxisSlug, type TrustGrade } from "./trust-axes";

/** What a project file may hold, without its body: a validated project or its public record. */
export type FactSubject = Omit<Project, "body" | "file">;

export type FactState = "value" | "none" | "unknown";
export type FactValue = {
  key: string;
  text: string;
  href?: string;
  isExternal?: boolean;
  /** A second link beside the value, such as an address on a block explorer. */
  detail?: { text: string; href?: string };
  /** Sources of this value alone (a deployment), when they differ from the row's. */
  sourceNumbers?: number[];
  grade?: TrustGrade;
};
export type FactRow = {
  fact: string;
  label: string;
  state: FactState;
  values: FactValue[];
  sourceNumbers: number[];
  /** For trust rows: the sentence saying why. */
  note?: string;
};

const linkLabels: Record<string, string> = {
  docs: "Docs",
  github: "GitHub",
  x: "X",
  whitepaper: "Whitepaper",
  blog: "Blog",
  discord: "Discord",
  telegram: "Telegram",
  explorer: "Explorer",
};

const shortAddress = (address: string) =>
  address.length > 16 ? `${address.slice(0, 8)}…${address.slice(-6)}` : address;

const bridgedWord: Record<Locale, string> = { en: "bridged", vi: "qua cầu nối" };

export const roleText = (role: string, isBridged: boolean | undefined, locale: Locale = "en") => {
  const name = termName(locale, "roles", role);
  return role === "token" && isBridged ? `${name} (${bridgedWord[locale]})` : name;
};

function deploymentValues(project: FactSubject, locale: Locale): FactValue[] {
  if (!Array.isArray(project.deployments)) return [];
  return project.deployments.map((entry) => ({
    key: entry.chain,
    text: `${termName(locale, "chains", entry.chain)} · ${roleText(entry.role, entry.bridged, locale)}`,
    href: pagePaths.chain(entry.chain),
    sourceNumbers: entry.sources,
    ...(entry.address
      ? { detail: { text: shortAddress(entry.address), ...(entry.explorer ? { href: entry.explorer } : {}) } }
      : {}),
  }));
}

const external = (key: string, text: string, href: string): FactValue => ({
  key,
  text,
  href,
  isExternal: true,
});

function valuesOf(project: FactSubject, fact: Fact, categoryName: string, locale: Locale): FactValue[] {
  switch (fact.kind) {
    case "category":
      return [{ key: project.category, text: categoryName, href: pagePaths.category(project.category) }];
    case "status":
      return [{ key: project.status, text: termName(locale, "statuses", project.status) }];
    case "activity":
      return [
        {
          key: project.activity.date,
          text: `${monthYear(project.activity.date, locale)}: ${project.activity.what}`,
          href: project.activity.url,
          isExternal: true,
        },
      ];
    case "deployments":
      return deploymentValues(project, locale);
    case "resources":
      return project.resources.map((slug) => ({
        key: slug,
        text: termName(locale, "resources", slug),
        href: pagePaths.resource(slug),
      }));
    case "workloads":
      return project.workloads.map((slug) => ({ key: slug, text: termName(locale, "workloads", slug) }));
    case "ticker":
    case "year": {
      const value = project[fact.key as "token" | "tokenLaunched" | "launched"];
      return value === undefined || value === "none" ? [] : [{ key: String(value), text: String(value) }];
    }
    case "url":
      return [
        external(project.website, new URL(project.website).hostname.replace(/^www\./, ""), project.website),
      ];
    case "links":
      return Object.entries(project.links).map(([kind, url]) =>
        external(kind, linkLabels[kind] ?? kind, url),
      );
    case "date":
      return [{ key: project.lastReviewed, text: project.lastReviewed }];
    case "sourceCount":
      return [{ key: String(project.sources.length), text: String(project.sources.length) }];
    default:
      return [];
  }
}

function stateOf(project: FactSubject, fact: Fact, values: readonly FactValue[]): FactState {
  if (values.length > 0) return "value";
  const raw = (project as Record<string, unknown>)[fact.key];
  return raw === "none" ? "none" : "unknown";
}

function factRow(project: FactSubject, fact: Fact, categoryName: string, locale: Locale): FactRow {
  const values = valuesOf(project, fact, categoryName, locale);
  const citations = project.citations as Partial<Record<string, number[]>>;
  return {
    fact: fact.key,
    label: factLabel(locale, fact.key),
    state: stateOf(project, fact, values),
    values,
    sourceNumbers: citations[fact.key] ?? [],
  };
}

/** One row per trust axis: the rated value with its grade, or unknown; the why and the axis's sources. */
export function trustRows(project: FactSubject, locale: Locale = "en"): FactRow[] {
  const texts = vocabularyTexts(locale).trustAxes;
  return trustAxes.map((axis) => {
    const rating: TrustRating | undefined = project.trust?.[axis.slug as TrustAxisSlug];
    const value = rating && rating.value !== "unknown" ? trustValueOf(axis.slug, rating.value) : undefined;
    return {
      fact: `trust.${axis.slug}`,
      label: texts[axis.slug]?.name ?? axis.name,
      state: value ? "value" : "unknown",
      values: value
        ? [
            {
              key: value.slug,
              text: texts[axis.slug]?.values[value.slug]?.name ?? value.name,
              grade: value.grade,
            },
          ]
        : [],
      sourceNumbers: rating?.sources ?? [],
      ...(rating ? { note: rating.why } : {}),
    };
  });
}

/** How a project sits on one chain, for that chain's page: "token (bridged)", "native, contracts". */
export function rolesOnChain(project: FactSubject, chain: string, locale: Locale = "en"): string {
  const entries = Array.isArray(project.deployments)
    ? project.deployments.filter((entry) => entry.chain === chain)
    : [];
  return [...new Set(entries.map((entry) => roleText(entry.role, entry.bridged, locale)))].join(", ");
}

/** The rows of the project page's fact table, in registry order; unknown and none are rows too. */
export const projectFacts = (project: FactSubject, categoryName: string, locale: Locale = "en"): FactRow[] =>
  factsShownOnPage.map((fact) => factRow(project, fact, categoryName, locale));

/** The rows of a comparison column: every compared fact, with trust expanded into its five axes. */
export const compareFacts = (project: FactSubject, categoryName: string, locale: Locale = "en"): FactRow[] =>
  factsInCompare.flatMap((fact) =>
    fact.kind === "trust" ? trustRows(project, locale) : [factRow(project, fact, categoryName, locale)],
  );
