// The closed vocabularies of the directory: the one place to add a category, chain, resource, workload or status.

export type TaxonomyEntry = {
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  /** For a chain that is one project's own L1: that project's slug. */
  readonly ownChainOf?: string;
};

export const categorySlugs = [
  "iaas-cloud",
  "compute-marketplaces",
  "model-tokenization-training",
  "ai-agents",
  "data-tokenization",
  "zkml",
  "ai-applications",
] as const;

export const chains = [
  {
    slug: "ethereum",
    name: "Ethereum",
    description: "The general-purpose smart-contract chain most tokens in this field are issued on.",
  },
  {
    slug: "arbitrum",
    name: "Arbitrum",
    description: "An optimistic-rollup layer 2 that settles on Ethereum.",
  },
  {
    slug: "base",
    name: "Base",
    description: "An optimistic-rollup layer 2 on Ethereum built with the OP Stack and run by Coinbase.",
  },
  {
    slug: "optimism",
    name: "OP Mainnet",
    description: "The Optimism Collective's optimistic-rollup layer 2 on Ethereum.",
  },
  {
    slug: "polygon",
    name: "Polygon PoS",
    description: "An EVM-compatible proof-of-stake chain anchored to Ethereum.",
  },
  {
    slug: "bnb-chain",
    name: "BNB Smart Chain",
    description: "The EVM-compatible chain of the Binance ecosystem.",
  },
  {
    slug: "avalanche",
    name: "Avalanche",
    description: "A proof-of-stake network whose C-Chain runs EVM smart contracts.",
  },
  {
    slug: "solana",
    name: "Solana",
    description: "A high-throughput proof-of-stake layer 1 with its own (non-EVM) runtime.",
  },
  {
    slug: "cosmos",
    name: "Cosmos SDK",
    description: "Application-specific chains built with the Cosmos SDK and CometBFT consensus.",
  },
  {
    slug: "cardano",
    name: "Cardano",
    description: "A proof-of-stake layer 1 with the extended-UTXO smart-contract model.",
  },
  { slug: "telos", name: "Telos", description: "An Antelope-based layer 1 with an EVM-compatible side." },
  {
    slug: "starknet",
    name: "Starknet",
    description: "A validity-rollup layer 2 on Ethereum that uses STARK proofs and the Cairo language.",
  },
  {
    slug: "polkadot",
    name: "Polkadot",
    description: "A relay chain with parachains built on the Substrate framework.",
  },
  { slug: "near", name: "NEAR", description: "A sharded proof-of-stake layer 1." },
  {
    slug: "gnosis",
    name: "Gnosis Chain",
    description: "An EVM-compatible proof-of-stake chain, formerly xDai, run by the Gnosis community.",
  },
  {
    slug: "metis",
    name: "Metis",
    description: "An EVM-compatible layer 2 on Ethereum with a decentralized sequencer.",
  },
  {
    slug: "bittensor",
    name: "Bittensor",
    description: "Bittensor's own Substrate-based chain (Subtensor).",
    ownChainOf: "bittensor",
  },
  {
    slug: "qubic",
    name: "Qubic",
    description: "Qubic's own layer 1, secured by its computors.",
    ownChainOf: "qubic",
  },
  { slug: "dynex", name: "Dynex", description: "Dynex's own proof-of-work chain.", ownChainOf: "dynex" },
  {
    slug: "phantasma",
    name: "Phantasma",
    description: "Phantasma's own layer 1 aimed at games and digital assets.",
    ownChainOf: "phantasma",
  },
  {
    slug: "ritual",
    name: "Ritual Chain",
    description: "Ritual's own EVM-compatible layer 1 with built-in AI and off-chain compute calls.",
    ownChainOf: "ritual",
  },
  {
    slug: "netmind",
    name: "NetMind Chain",
    description: "NetMind's own Ethereum-compatible proof-of-authority chain, whose native token is NMT.",
    ownChainOf: "netmind",
  },
  {
    slug: "octaspace",
    name: "OctaSpace",
    description: "OctaSpace's own proof-of-work chain, built from go-ethereum, with OCTA as its coin.",
    ownChainOf: "octaspace",
  },
  {
    slug: "gensyn",
    name: "Gensyn Network",
    description: "Gensyn's own Ethereum rollup for recording and settling machine-learning work.",
    ownChainOf: "gensyn",
  },
  {
    slug: "gan-chain",
    name: "GAN Chain",
    description:
      "GPU.Net's own Substrate-based layer 1 for registering GPU providers and paying them in GPU tokens.",
    ownChainOf: "gpu-net",
  },
  // new chains go above this line
] as const satisfies readonly TaxonomyEntry[];

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
