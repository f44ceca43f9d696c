// Projects named in the source article that have no page because no public source could be found for them.

export type UnverifiedProject = { slug: string; name: string; sourceSection: string; reason: string };

export const unverifiedProjects: readonly UnverifiedProject[] = [
  {
    slug: "opflow",
    name: "OpFlow",
    sourceSection: "Infrastructure-as-a-Service cloud",
    reason:
      "every search for a decentralized cloud or AI project of this name found only unrelated software with similar names.",
  },
  {
    slug: "opsec",
    name: "OpSec",
    sourceSection: "Infrastructure-as-a-Service cloud",
    reason:
      "the only trace is unattributed website code describing remote management of blockchain nodes; no documentation, repository, listing or article confirms the project or the source's description of it.",
  },
];
