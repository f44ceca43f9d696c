// The data a comparison needs in the browser: the public project records and the price observations.
import type { PriceRecord } from "@/lib/prices/records";
import type { ProjectRecord } from "@/lib/publish/project-records";
import { withBasePath } from "@/lib/site/urls";

export type CompareData = { projects: ProjectRecord[]; prices: PriceRecord[] };
let pending: Promise<CompareData> | undefined;

const fetchJson = async <T>(path: string): Promise<T> => {
  const response = await fetch(withBasePath(path));
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
};

// Downloaded once per page load; a failed download is tried again on the next attempt.
export function loadCompareData(): Promise<CompareData> {
  pending ??= Promise.all([
    fetchJson<ProjectRecord[]>("/data/projects.json"),
    fetchJson<PriceRecord[]>("/data/prices.json"),
  ]).then(([projects, prices]) => ({ projects, prices }));
  pending.catch(() => (pending = undefined));
  return pending;
}
