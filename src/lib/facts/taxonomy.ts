// The closed vocabularies of the directory: resources, workloads and statuses. Chains are in ./chains.ts, trust
// axes in ./trust-axes.ts, GPU models in ./gpus.ts; categories are the files in content/categories/.

export type TaxonomyEntry = {
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  /** For a chain that is one project's own L1: that project's slug. */
  readonly ownChainOf?: string;
};

export const resources = [
  {
    slug: "gpu",
    name: "GPU compute",
    description: "Graphics processors rented out for AI or rendering jobs.",
  },
  {
    slug: "cpu",
    name: "CPU compute",
    description: "General-purpose processor time for containers, nodes and batch jobs.",
  },
  { slug: "storage", name: "Storage", description: "Disk space for files, objects or datasets." },
  {
    slug: "bandwidth",
    name: "Bandwidth",
    description: "Network capacity, such as unused home internet connections or content delivery.",
  },
  { slug: "data", name: "Data", description: "Datasets, scraped web data or user-contributed data." },
  { slug: "models", name: "Models", description: "Trained AI models offered for use, ownership or trade." },
  {
    slug: "inferences",
    name: "Inferences",
    description: "Predictions or model outputs produced by network participants.",
  },
  {
    slug: "proofs",
    name: "Proofs",
    description: "Cryptographic proofs that a computation, such as a model run, was done correctly.",
  },
  { slug: "agents", name: "Agents", description: "Autonomous software agents that act on behalf of users." },
  {
    slug: "human-feedback",
    name: "Human work",
    description: "People labelling data, rating outputs or completing tasks.",
  },
] as const satisfies readonly TaxonomyEntry[];

export const workloads = [
  { slug: "inference", name: "Inference", description: "Running trained models to answer requests." },
  { slug: "training", name: "Training", description: "Training models from scratch or at scale." },
  { slug: "fine-tuning", name: "Fine-tuning", description: "Adapting an existing model to a narrower task." },
  { slug: "rendering", name: "Rendering", description: "3D and video rendering." },
  { slug: "agents", name: "Agents", description: "Building, hosting or coordinating autonomous AI agents." },
  {
    slug: "zk-proving",
    name: "ZK proving",
    description: "Generating zero-knowledge proofs, including proofs of model execution.",
  },
  {
    slug: "hosting",
    name: "Cloud hosting",
    description: "Running containers, websites and general server workloads.",
  },
  {
    slug: "data-labeling",
    name: "Data labelling",
    description: "Annotating data for training and evaluation.",
  },
  {
    slug: "data-collection",
    name: "Data collection",
    description: "Gathering, scraping or contributing data for AI.",
  },
  {
    slug: "confidential-computing",
    name: "Confidential computing",
    description: "Computation in trusted execution environments that keeps data private.",
  },
  {
    slug: "content-delivery",
    name: "Content delivery",
    description: "Streaming and delivering media or files to users.",
  },
  {
    slug: "trading",
    name: "Trading and DeFi",
    description: "AI-assisted trading, yield or other decentralized-finance strategies.",
  },
  { slug: "gaming", name: "Gaming", description: "Games and game infrastructure that use AI." },
  {
    slug: "content-generation",
    name: "Content generation",
    description: "Generating text, images, audio or other media.",
  },
  { slug: "prediction", name: "Prediction", description: "Forecasts and price or event predictions." },
  { slug: "security", name: "Security", description: "Auditing, threat detection and risk scoring." },
] as const satisfies readonly TaxonomyEntry[];

export const projectStatuses = [
  { slug: "active", name: "Active", description: "Operating under the name shown." },
  {
    slug: "renamed",
    name: "Renamed",
    description: "Still operating, under a new name; former names are listed as aliases.",
  },
  {
    slug: "merged",
    name: "Merged",
    description:
      "Folded into another project or token; the original network or token no longer stands alone.",
  },
  {
    slug: "acquired",
    name: "Acquired",
    description: "The team or technology was taken over by another organisation.",
  },
  {
    slug: "inactive",
    name: "Inactive",
    description: "No longer operating, or no sign of activity for over a year.",
  },
] as const satisfies readonly TaxonomyEntry[];

type Slugs<T extends readonly TaxonomyEntry[]> = { [K in keyof T]: T[K]["slug"] };

export const slugsOf = <T extends readonly TaxonomyEntry[]>(entries: T) =>
  entries.map((entry) => entry.slug) as unknown as Slugs<T>;
