"use client";

import { FilterForm, FilterSelect } from "@/components/filter-select";
import { GpuPriceSection } from "@/components/prices/gpu-price-section";
import { useAddressQuery } from "@/components/use-address-query";
import { useMessages } from "@/components/use-messages";
import { format } from "@/lib/i18n/messages/client-en";
import type { PriceTexts } from "@/lib/prices/price-texts";
import { UnknownFiltersNotice } from "@/components/unknown-filters-notice";
import type { GpuModel } from "@/lib/facts/gpus";
import type { PriceRow } from "@/lib/prices/index-table";
import { parsePriceView, passesProviderFilter, priceViewQuery, type PriceView } from "@/lib/prices/view";

type Props = { sections: { gpu: GpuModel; rows: PriceRow[] }[]; texts: PriceTexts };

/** The index filtered by GPU model and provider type, the view kept in the address. */
export function PriceExplorer({ sections, texts }: Props) {
  const { prices: text } = useMessages();
  const providerNames: Record<string, string> = {
    decentralized: text.decentralized,
    centralized: text.centralized,
  };
  const [query, replaceQuery] = useAddressQuery();
  const { view, unknown } = parsePriceView(
    new URLSearchParams(query),
    sections.map((section) => section.gpu.slug),
  );
  const update = (next: PriceView) => replaceQuery(priceViewQuery(next));
  const shown = sections
    .filter((section) => view.gpu.length === 0 || view.gpu.includes(section.gpu.slug))
    .map((section) => ({ ...section, rows: section.rows.filter((row) => passesProviderFilter(row, view)) }));
  return (
    <div className="flex flex-col gap-8">
      <FilterForm label={text.form}>
        <FilterSelect
          label={text.gpuModel}
          value={view.gpu[0] ?? ""}
          anyLabel={text.allModels}
          options={sections.map(({ gpu }) => ({ value: gpu.slug, name: gpu.name }))}
          onChange={(value) => update({ ...view, gpu: value ? [value] : [] })}
        />
        <FilterSelect
          label={text.providers}
          value={view.provider[0] ?? ""}
          anyLabel={text.allProviders}
          options={Object.entries(providerNames).map(([value, name]) => ({ value, name }))}
          onChange={(value) => update({ ...view, provider: value ? [value] : [] })}
        />
      </FilterForm>
      <UnknownFiltersNotice
        unknown={unknown}
        nameOf={(key, slug) =>
          key === "gpu"
            ? (sections.find((section) => section.gpu.slug === slug)?.gpu.name ?? slug)
            : (providerNames[slug] ?? slug)
        }
        onReplace={(filter, replacement) =>
          update({
            ...view,
            [filter.key]: replacement ? [...view[filter.key], replacement] : view[filter.key],
          })
        }
      />
      <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
        {format(text.summary, {
          models: shown.length,
          prices: shown.reduce((sum, section) => sum + section.rows.length, 0),
        })}
      </p>
      {shown.map((section) => (
        <GpuPriceSection key={section.gpu.slug} gpu={section.gpu} rows={section.rows} texts={texts} />
      ))}
    </div>
  );
}
