// The kinds of GPU price observation and of centralized provider, as vocabularies (no zod: pages read them too).

export const providerKinds = [
  {
    slug: "hyperscaler",
    name: "Hyperscaler",
    description: "A general cloud such as AWS, Google Cloud or Azure.",
  },
  {
    slug: "gpu-cloud",
    name: "GPU cloud",
    description: "A company cloud specialised in GPUs, such as Lambda or CoreWeave.",
  },
  {
    slug: "marketplace",
    name: "Marketplace",
    description: "A company-run market of third-party machines, such as RunPod or Vast.ai.",
  },
] as const;

export const observationKinds = [
  { slug: "list", name: "List price", description: "The price the provider publishes." },
  {
    slug: "market",
    name: "Market",
    description: "A median, average or lowest current offer among live offers.",
  },
  { slug: "spot", name: "Spot", description: "An interruptible price that follows demand." },
  {
    slug: "quote",
    name: "Quote",
    description: "A price quoted to a buyer, published by them or the provider.",
  },
] as const;
