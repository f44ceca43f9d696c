// Maps the GPU names price feeds use ("h100" "80Gi" "SXM5", "NVIDIA 4090") to the GPU vocabulary.
import type { GpuSlug } from "../../facts/gpus";

type Described = { model: string; memoryGb?: number; formFactor?: string };

const byModel: Record<string, (gpu: Described) => GpuSlug | undefined> = {
  b200: () => "b200-sxm-180gb",
  h200: () => "h200-sxm-141gb",
  h100: ({ formFactor, memoryGb }) =>
    memoryGb === 94 || formFactor === "nvl"
      ? "h100-nvl-94gb"
      : formFactor?.startsWith("sxm")
        ? "h100-sxm-80gb"
        : formFactor === "pcie"
          ? "h100-pcie-80gb"
          : "h100-80gb",
  a100: ({ formFactor, memoryGb }) =>
    memoryGb === 40
      ? "a100-40gb"
      : formFactor?.startsWith("sxm")
        ? "a100-sxm-80gb"
        : formFactor === "pcie"
          ? "a100-pcie-80gb"
          : "a100-80gb",
  l40s: () => "l40s-48gb",
  l4: () => "l4-24gb",
  a10: () => "a10-24gb",
  a6000: () => "rtx-a6000-48gb",
  rtx6000ada: () => "rtx-6000-ada-48gb",
  rtx5090: () => "rtx-5090-32gb",
  rtx4090: () => "rtx-4090-24gb",
  rtx3090: () => "rtx-3090-24gb",
  mi300x: () => "mi300x-192gb",
};

const compact = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

/** The vocabulary slug for a feed's GPU, or undefined when the vocabulary has no such model. */
export function gpuSlugFor({ model, memoryGb, formFactor }: Described): GpuSlug | undefined {
  const key = compact(model).replace(/^(nvidia|amd|geforce)+/, "");
  const normalised = /^\d{4}$/.test(key) ? `rtx${key}` : key.replace(/^rtxa6000$/, "a6000");
  return byModel[normalised]?.({ model, memoryGb, formFactor: formFactor && compact(formFactor) });
}
