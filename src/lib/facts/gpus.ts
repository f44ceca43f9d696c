// GPU models that prices are quoted for: the one place to add a model. The form factor is part of the slug
// where it changes the price (an H100 SXM and an H100 PCIe rent at different rates).

export type GpuModel = {
  readonly slug: string;
  readonly name: string;
  readonly vendor: "NVIDIA" | "AMD";
  readonly memoryGb: number;
  /** Models a reader compares with each other, such as every H100 variant. */
  readonly family: string;
  readonly formFactor?: "SXM" | "PCIe" | "NVL" | "unstated";
  readonly description: string;
};

export const gpuModels = [
  {
    slug: "b200-sxm-180gb",
    name: "B200 SXM 180 GB",
    vendor: "NVIDIA",
    memoryGb: 180,
    family: "b200",
    formFactor: "SXM",
    description: "Blackwell data-centre GPU, usually rented in eight-GPU HGX machines.",
  },
  {
    slug: "h200-sxm-141gb",
    name: "H200 SXM 141 GB",
    vendor: "NVIDIA",
    memoryGb: 141,
    family: "h200",
    formFactor: "SXM",
    description: "Hopper with 141 GB of HBM3e, the larger-memory sibling of the H100.",
  },
  {
    slug: "h100-sxm-80gb",
    name: "H100 SXM 80 GB",
    vendor: "NVIDIA",
    memoryGb: 80,
    family: "h100",
    formFactor: "SXM",
    description: "Hopper in the SXM form, linked by NVLink in eight-GPU machines; the usual training card.",
  },
  {
    slug: "h100-pcie-80gb",
    name: "H100 PCIe 80 GB",
    vendor: "NVIDIA",
    memoryGb: 80,
    family: "h100",
    formFactor: "PCIe",
    description: "Hopper on a PCIe card: lower power and bandwidth than SXM, usually cheaper.",
  },
  {
    slug: "h100-nvl-94gb",
    name: "H100 NVL 94 GB",
    vendor: "NVIDIA",
    memoryGb: 94,
    family: "h100",
    formFactor: "NVL",
    description: "Hopper PCIe card with 94 GB, sold in bridged pairs for inference.",
  },
  {
    slug: "h100-80gb",
    name: "H100 80 GB (form not stated)",
    vendor: "NVIDIA",
    memoryGb: 80,
    family: "h100",
    formFactor: "unstated",
    description: "An H100 80 GB offer whose source does not say whether it is SXM or PCIe.",
  },
  {
    slug: "a100-sxm-80gb",
    name: "A100 SXM 80 GB",
    vendor: "NVIDIA",
    memoryGb: 80,
    family: "a100-80gb",
    formFactor: "SXM",
    description: "Ampere data-centre GPU with 80 GB, SXM form.",
  },
  {
    slug: "a100-pcie-80gb",
    name: "A100 PCIe 80 GB",
    vendor: "NVIDIA",
    memoryGb: 80,
    family: "a100-80gb",
    formFactor: "PCIe",
    description: "Ampere data-centre GPU with 80 GB on a PCIe card.",
  },
  {
    slug: "a100-80gb",
    name: "A100 80 GB (form not stated)",
    vendor: "NVIDIA",
    memoryGb: 80,
    family: "a100-80gb",
    formFactor: "unstated",
    description: "An A100 80 GB offer whose source does not say whether it is SXM or PCIe.",
  },
  {
    slug: "a100-40gb",
    name: "A100 40 GB",
    vendor: "NVIDIA",
    memoryGb: 40,
    family: "a100-40gb",
    description: "The first Ampere data-centre GPU, with 40 GB.",
  },
  {
    slug: "l40s-48gb",
    name: "L40S 48 GB",
    vendor: "NVIDIA",
    memoryGb: 48,
    family: "l40s",
    description: "Ada Lovelace data-centre card for inference and graphics.",
  },
  {
    slug: "l4-24gb",
    name: "L4 24 GB",
    vendor: "NVIDIA",
    memoryGb: 24,
    family: "l4",
    description: "Low-power Ada Lovelace card for inference and video.",
  },
  {
    slug: "a10-24gb",
    name: "A10 24 GB",
    vendor: "NVIDIA",
    memoryGb: 24,
    family: "a10",
    description: "Ampere data-centre card for inference and graphics.",
  },
  {
    slug: "rtx-6000-ada-48gb",
    name: "RTX 6000 Ada 48 GB",
    vendor: "NVIDIA",
    memoryGb: 48,
    family: "rtx-6000-ada",
    description: "Ada Lovelace workstation card with 48 GB.",
  },
  {
    slug: "rtx-a6000-48gb",
    name: "RTX A6000 48 GB",
    vendor: "NVIDIA",
    memoryGb: 48,
    family: "rtx-a6000",
    description: "Ampere workstation card with 48 GB.",
  },
  {
    slug: "rtx-5090-32gb",
    name: "GeForce RTX 5090 32 GB",
    vendor: "NVIDIA",
    memoryGb: 32,
    family: "rtx-5090",
    description: "Blackwell consumer card with 32 GB.",
  },
  {
    slug: "rtx-4090-24gb",
    name: "GeForce RTX 4090 24 GB",
    vendor: "NVIDIA",
    memoryGb: 24,
    family: "rtx-4090",
    description: "Ada Lovelace consumer card, common on community GPU networks.",
  },
  {
    slug: "rtx-3090-24gb",
    name: "GeForce RTX 3090 24 GB",
    vendor: "NVIDIA",
    memoryGb: 24,
    family: "rtx-3090",
    description: "Ampere consumer card with 24 GB.",
  },
  {
    slug: "mi300x-192gb",
    name: "Instinct MI300X 192 GB",
    vendor: "AMD",
    memoryGb: 192,
    family: "mi300x",
    description: "AMD's CDNA 3 data-centre GPU with 192 GB of HBM3.",
  },
] as const satisfies readonly GpuModel[];

export type GpuSlug = (typeof gpuModels)[number]["slug"];
