// What changed in a project's facts, or in a price file's observations, between two versions of its file: pure, no I/O.
import matter from "gray-matter";
import yaml from "js-yaml";
import { gpuModels } from "../facts/gpus";
import { factByKey, facts, type FileFact } from "../facts/registry";
import { trustAxes } from "../facts/trust-axes";

export type FactChange = {
  /** A registry key ("status"), `chains`, `trust.<axis>`, `body`, `file` or `price`. */
  fact: string;
  label: string;
  kind: "added" | "removed" | "changed";
  /** What a reader sees, such as "status: active → inactive". */
  text: string;
};

type Fields = Record<string, unknown>;
/** The items of a list-like fact, each with a detail shown in parentheses when the file states one. */
type Items = Map<string, string | undefined>;

// Bookkeeping about where facts come from, not facts: a new source or a review date is no change to the project.
const bookkeepingKeys = new Set<string>(["sources", "citations", "lastReviewed"]);
const comparedFacts = facts.filter(
  (fact): fact is FileFact => fact.origin === "file" && !bookkeepingKeys.has(fact.key),
);

const isRecord = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// CORE_SCHEMA as in text-file.ts, so dates stay the text that was written.
const parseYaml = (text: string): unknown => yaml.load(text, { schema: yaml.CORE_SCHEMA });

/** Frontmatter fields and body, without validation: history holds files written for older schemas. */
function readProjectFile(text: string): { fields: Fields; body: string } | undefined {
  // Without a closing ---, gray-matter would read the whole file as YAML (text-file.ts rejects it the same way).
  if (!/^---\r?\n/.test(text) || !/\n---[ \t]*(\r?\n|$)/.test(text.slice(3))) return undefined;
  try {
    const { data, content } = matter(text, { engines: { yaml: (source) => parseYaml(source) as object } });
    return isRecord(data) ? { fields: data, body: content } : undefined;
  } catch (error) {
    if (error instanceof yaml.YAMLException) return undefined;
    throw error;
  }
}

/** A value as written, or undefined when the file leaves it out (an empty template value counts as left out). */
function valueText(value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return String(value);
  return JSON.stringify(value);
}

const listItems = (value: unknown): Items =>
  new Map(
    (Array.isArray(value) ? value : [value]).flatMap((item) => {
      const text = valueText(item);
      return text === undefined ? [] : [[text, undefined] as const];
    }),
  );

const linkItems = (value: unknown): Items =>
  new Map(isRecord(value) ? Object.entries(value).map(([kind, url]) => [kind, valueText(url)]) : []);

/** Chains with their roles from `deployments`; files from before deployments listed bare `chains`, without roles. */
function chainItems(fields: Fields): Items | "none" {
  const { deployments } = fields;
  if (deployments === "none") return "none";
  if (!Array.isArray(deployments)) return listItems(fields.chains);
  const rolesByChain = new Map<string, string[]>();
  for (const deployment of deployments.filter(isRecord)) {
    const chain = valueText(deployment.chain);
    if (chain === undefined) continue;
    const roles = rolesByChain.get(chain) ?? [];
    const role = valueText(deployment.role);
    if (role !== undefined) roles.push(role);
    if (deployment.bridged === true) roles.push("bridged");
    rolesByChain.set(chain, roles);
  }
  return new Map(
    [...rolesByChain].map(([chain, roles]) => [chain, roles.length > 0 ? roles.join(", ") : undefined]),
  );
}

const withDetail = (key: string, detail: string | undefined) =>
  detail === undefined ? key : `${key} (${detail})`;
const itemsText = (items: Items) =>
  items.size === 0 ? undefined : [...items].map(([key, detail]) => withDetail(key, detail)).join(", ");

function valueChange(fact: string, label: string, before?: string, after?: string): FactChange | undefined {
  if (before === after) return undefined;
  if (before === undefined) return { fact, label, kind: "added", text: `${fact}: ${after}` };
  if (after === undefined) return { fact, label, kind: "removed", text: `${fact}: − ${before}` };
  return { fact, label, kind: "changed", text: `${fact}: ${before} → ${after}` };
}

function itemsChange(fact: string, label: string, before: Items, after: Items): FactChange | undefined {
  const added = [...after].filter(([key]) => !before.has(key));
  const removed = [...before].filter(([key]) => !after.has(key));
  // A detail unknown on one side (a chain listed before roles were written) is no change.
  const revised = [...after].flatMap(([key, detail]) => {
    const old = before.get(key);
    return old !== undefined && detail !== undefined && old !== detail ? [`${key} (${old} → ${detail})`] : [];
  });
  const parts = [
    ...added.map(([key, detail]) => `+ ${withDetail(key, detail)}`),
    ...revised,
    ...removed.map(([key, detail]) => `− ${withDetail(key, detail)}`),
  ];
  if (parts.length === 0) return undefined;
  const kind = before.size === 0 ? "added" : after.size === 0 ? "removed" : "changed";
  return { fact, label, kind, text: `${fact}: ${parts.join(", ")}` };
}

function chainsChange(before: Items | "none", after: Items | "none"): FactChange | undefined {
  const { key, label } = factByKey("chains");
  if (before !== "none" && after !== "none") return itemsChange(key, label, before, after);
  const text = (chains: Items | "none") => (chains === "none" ? "none" : itemsText(chains));
  return valueChange(key, label, text(before), text(after));
}

type Activity = { date: string; what?: string };
const activityOf = (value: unknown): Activity | undefined =>
  isRecord(value) ? { date: valueText(value.date) ?? "undated", what: valueText(value.what) } : undefined;
const activityText = ({ date, what }: Activity) => (what === undefined ? date : `${date} (${what})`);

function activityChange(fact: FileFact, before?: Activity, after?: Activity): FactChange | undefined {
  if (before === undefined || after === undefined)
    return valueChange(fact.key, fact.label, before && activityText(before), after && activityText(after));
  const change = (text: string): FactChange => ({
    fact: fact.key,
    label: fact.label,
    kind: "changed",
    text: `${fact.key}: ${text}`,
  });
  if (before.date !== after.date) return change(`${before.date} → ${activityText(after)}`);
  if (before.what !== after.what)
    return change(`${after.date} (${before.what ?? "—"} → ${after.what ?? "—"})`);
  return undefined;
}

const trustValue = (trust: unknown, axis: string) => {
  const rating = isRecord(trust) ? trust[axis] : undefined;
  return valueText(isRecord(rating) ? rating.value : rating);
};

function factChanges(fact: FileFact, before: Fields, after: Fields): (FactChange | undefined)[] {
  const [old, current] = [before[fact.key], after[fact.key]];
  switch (fact.kind) {
    case "deployments":
      return [chainsChange(chainItems(before), chainItems(after))];
    case "activity":
      return [activityChange(fact, activityOf(old), activityOf(current))];
    case "trust":
      return trustAxes.map((axis) =>
        valueChange(
          `trust.${axis.slug}`,
          axis.name,
          trustValue(old, axis.slug),
          trustValue(current, axis.slug),
        ),
      );
    case "links":
      return [itemsChange(fact.key, fact.label, linkItems(old), linkItems(current))];
    case "textList":
    case "resources":
    case "workloads":
      return [itemsChange(fact.key, fact.label, listItems(old), listItems(current))];
    default:
      return [valueChange(fact.key, fact.label, valueText(old), valueText(current))];
  }
}

const fileChange = (kind: FactChange["kind"], text: string): FactChange => ({
  fact: "file",
  label: "File",
  kind,
  text,
});
const unreadable = fileChange("changed", "file could not be read at this commit");
const readableAgain = fileChange("changed", "file could be read again at this commit");
const removedFile = fileChange("removed", "removed from the directory");

// Reflowing a paragraph is no revision.
const normalizedBody = (body: string) => body.replace(/\s+/g, " ").trim();

/** The changes to a project's facts from one version of its file to the next (undefined: the file is absent). */
export function projectFactChanges(before: string | undefined, after: string | undefined): FactChange[] {
  if (before === after) return [];
  if (before === undefined) return [fileChange("added", "added to the directory")];
  if (after === undefined) return [removedFile];
  const [old, current] = [readProjectFile(before), readProjectFile(after)];
  if (current === undefined) return [unreadable];
  if (old === undefined) return [readableAgain];
  const changes = comparedFacts.flatMap((fact) => factChanges(fact, old.fields, current.fields));
  if (normalizedBody(old.body) !== normalizedBody(current.body))
    changes.push({ fact: "body", label: "Description", kind: "changed", text: "description revised" });
  return changes.filter((change) => change !== undefined);
}

const gpuNames = new Map<string, string>(gpuModels.map((gpu) => [gpu.slug, gpu.name]));

function observationText(observation: Fields): string {
  const gpu = valueText(observation.gpu) ?? "unnamed GPU";
  const details = [valueText(observation.kind), valueText(observation.observed)].filter(
    (text) => text !== undefined,
  );
  return `${gpuNames.get(gpu) ?? gpu} $${valueText(observation.usdPerGpuHour) ?? "?"} per GPU-hour (${details.join(", ")})`;
}

/** Each observation of a price file as text, or undefined when the file is not readable YAML. */
function readObservations(text: string): string[] | undefined {
  try {
    const data = parseYaml(text);
    if (!isRecord(data)) return undefined;
    return Array.isArray(data.observations) ? data.observations.filter(isRecord).map(observationText) : [];
  } catch (error) {
    if (error instanceof yaml.YAMLException) return undefined;
    throw error;
  }
}

/** The observations added to and removed from a price file, one change each (undefined: the file is absent). */
export function priceFactChanges(before?: string, after?: string): FactChange[] {
  if (before === after) return [];
  const old = before === undefined ? [] : readObservations(before);
  const current = after === undefined ? [] : readObservations(after);
  if (current === undefined) return [unreadable];
  if (old === undefined) return [after === undefined ? removedFile : readableAgain];
  // Counted, not set-compared: a file may repeat an observation, and removing one copy is a change.
  const remaining = new Map<string, number>();
  for (const text of old) remaining.set(text, (remaining.get(text) ?? 0) + 1);
  const added: string[] = [];
  for (const text of current) {
    const count = remaining.get(text) ?? 0;
    if (count > 0) remaining.set(text, count - 1);
    else added.push(text);
  }
  const removed = [...remaining].flatMap(([text, count]) => Array<string>(count).fill(text));
  const change = (kind: FactChange["kind"], text: string): FactChange => ({
    fact: "price",
    label: "GPU price",
    kind,
    text,
  });
  return [
    ...added.map((text) => change("added", `price: ${text}`)),
    ...removed.map((text) => change("removed", `price: − ${text}`)),
  ];
}
