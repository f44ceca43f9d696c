// Field names shared by the zod schema and browser code; kept out of schema.ts so pages do not ship zod.

export const linkKinds = [
  "docs",
  "github",
  "x",
  "whitepaper",
  "blog",
  "discord",
  "telegram",
  "explorer",
] as const;

/** Facts that must cite a source when present, by field name. */
export const citableFacts = ["chains", "resources", "workloads", "token", "launched", "status"] as const;
export type CitableFact = (typeof citableFacts)[number];
