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
  {
    slug: "dain",
    name: "DAIN",
    sourceSection: "AI agents",
    reason:
      "a company of this name publishes agent software packages, but no official page, documentation or listing we could read supports the source's description of a decentralized network, chain or token.",
  },
  {
    slug: "cerebrum-tech",
    name: "Cerebrum Tech",
    sourceSection: "AI applications (gaming)",
    reason:
      "searches found only unrelated namesakes: an older machine-learning app, a developer site and a brain-training game.",
  },
  {
    slug: "vertex-labs",
    name: "Vertex Labs",
    sourceSection: "AI applications (NFT)",
    reason:
      "searches found only unrelated namesakes, such as the Vertex Protocol exchange and Google's Vertex AI.",
  },
];
