// The trust model: five questions a buyer of decentralized compute should ask, each a closed vocabulary with grades.

export const trustGrades = [
  { slug: "stronger", name: "Stronger", description: "Relies least on trusting a person or company." },
  { slug: "medium", name: "Medium", description: "Some trust remains, limited by rules, hardware or stake." },
  { slug: "weaker", name: "Weaker", description: "The buyer mostly trusts the provider or the operator." },
  { slug: "unknown", name: "Unknown", description: "No source we could read settles it." },
] as const;
export type TrustGrade = (typeof trustGrades)[number]["slug"];

export type TrustValue = {
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly grade: Exclude<TrustGrade, "unknown">;
};

export type TrustAxis = {
  readonly slug: string;
  readonly name: string;
  readonly question: string;
  readonly description: string;
  readonly values: readonly TrustValue[];
};

export const trustAxes = [
  {
    slug: "verification",
    name: "Verification",
    question: "If a provider returns a wrong result, who notices?",
    description: "How the network establishes that work was done correctly.",
    values: [
      {
        slug: "proof",
        name: "Cryptographic proof",
        description: "Each result comes with a proof of the computation that anyone can check.",
        grade: "stronger",
      },
      {
        slug: "tee",
        name: "Hardware attestation",
        description: "Work runs in a trusted execution environment whose attestation is checked.",
        grade: "medium",
      },
      {
        slug: "redundant",
        name: "Redundancy or sampling",
        description: "Several workers repeat or sample the work, or validators reach consensus on it.",
        grade: "medium",
      },
      {
        slug: "challenge",
        name: "Challenge game",
        description: "Results are accepted optimistically and can be disputed within a window.",
        grade: "medium",
      },
      {
        slug: "reputation",
        name: "Reputation",
        description: "Providers are judged by scores, uptime checks or reviews only.",
        grade: "weaker",
      },
      {
        slug: "client",
        name: "Buyer checks",
        description: "The buyer inspects the result; the network itself does not check it.",
        grade: "weaker",
      },
      { slug: "none", name: "None", description: "Nothing checks the work.", grade: "weaker" },
    ],
  },
  {
    slug: "supply",
    name: "Supply",
    question: "Who may supply resources?",
    description: "Who can join as a provider of compute, storage, data or models.",
    values: [
      {
        slug: "permissionless",
        name: "Permissionless",
        description: "Anyone can join as a provider without asking.",
        grade: "stronger",
      },
      {
        slug: "stake",
        name: "Anyone who stakes",
        description: "Anyone can join after locking a stake.",
        grade: "stronger",
      },
      {
        slug: "vetted",
        name: "Vetted",
        description: "Providers apply and pass a review, KYC or a hardware audit.",
        grade: "medium",
      },
      {
        slug: "operator",
        name: "Operator only",
        description: "Only the company's or its partners' machines supply the network.",
        grade: "weaker",
      },
    ],
  },
  {
    slug: "settlement",
    name: "Settlement",
    question: "How does money move from buyer to provider?",
    description: "Where the buyer's payment is held and released.",
    values: [
      {
        slug: "escrow",
        name: "On-chain escrow",
        description: "Payment is locked on-chain and released per job or per block.",
        grade: "stronger",
      },
      {
        slug: "onchain",
        name: "On-chain payment",
        description: "The buyer pays on-chain after the fact, without escrow.",
        grade: "medium",
      },
      {
        slug: "offchain",
        name: "Off-chain billing",
        description: "The company bills off-chain; tokens, if any, are used for rewards.",
        grade: "weaker",
      },
      {
        slug: "credits",
        name: "Prepaid credits",
        description: "The buyer prepays platform credits that the operator accounts for.",
        grade: "weaker",
      },
    ],
  },
  {
    slug: "penalties",
    name: "Penalties",
    question: "What does a provider risk by cheating or failing?",
    description: "What a provider loses when it cheats or fails.",
    values: [
      {
        slug: "slashing",
        name: "Slashing",
        description: "The protocol destroys or redistributes part of the provider's stake.",
        grade: "stronger",
      },
      {
        slug: "bond",
        name: "Forfeited bond",
        description: "A locked stake or collateral is forfeited, by rule or by decision.",
        grade: "medium",
      },
      {
        slug: "reputation",
        name: "Reputation only",
        description: "The provider loses score, rewards or future jobs, nothing it has locked.",
        grade: "weaker",
      },
      { slug: "none", name: "None", description: "Nothing happens to the provider.", grade: "weaker" },
    ],
  },
  {
    slug: "control",
    name: "Control",
    question: "Who can change the rules or move users' funds?",
    description: "Who can upgrade the protocol's contracts or change its parameters.",
    values: [
      {
        slug: "immutable",
        name: "Immutable",
        description: "The contracts cannot be upgraded; nobody can change the rules.",
        grade: "stronger",
      },
      {
        slug: "dao",
        name: "Token governance",
        description: "Token holders vote on changes, which take effect after a delay.",
        grade: "stronger",
      },
      {
        slug: "multisig",
        name: "Multisig",
        description: "A small group of key holders can change the rules, often without delay.",
        grade: "medium",
      },
      {
        slug: "company",
        name: "Company",
        description: "The company running the network decides alone.",
        grade: "weaker",
      },
    ],
  },
] as const satisfies readonly TrustAxis[];

export type TrustAxisSlug = (typeof trustAxes)[number]["slug"];
export const trustAxisSlugs = trustAxes.map((axis) => axis.slug) as TrustAxisSlug[];

export function trustValueOf(axis: TrustAxisSlug, value: string): TrustValue | undefined {
  return (trustAxes.find((entry) => entry.slug === axis)?.values as readonly TrustValue[]).find(
    (entry) => entry.slug === value,
  );
}

export const gradeOf = (axis: TrustAxisSlug, value: string): TrustGrade =>
  trustValueOf(axis, value)?.grade ?? "unknown";
