import type { ReactNode } from "react";
import { useHydrated } from "@/components/use-address-query";

type Props = {
  label: string;
  value: string;
  /** The first option, meaning "no filter" ("All chains"); left out for a choice that always has a value. */
  anyLabel?: string;
  options: readonly { value: string; name: string }[];
  onChange: (value: string) => void;
};

const selectClass =
  "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900";

/** One labelled drop-down of a filter form (category, trust, prices, changes). */
export function FilterSelect({ label, value, anyLabel, options, onChange }: Props) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      {label}
      <select className={selectClass} value={value} onChange={(event) => onChange(event.target.value)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The row of drop-downs. Without JavaScript they could do nothing, so they keep their place, unseen, until it runs. */
export function FilterForm({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form className={`flex flex-wrap items-end gap-4 ${useHydrated() ? "" : "invisible"}`} aria-label={label}>
      {children}
    </form>
  );
}
