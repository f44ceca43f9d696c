// One look per trust grade, written out in words as well, so colour is never the only signal.
import type { TrustGrade } from "@/lib/facts/trust-axes";

export const gradeFill: Record<TrustGrade, string> = {
  stronger: "fill-emerald-600 dark:fill-emerald-400",
  medium: "fill-amber-500 dark:fill-amber-300",
  weaker: "fill-rose-600 dark:fill-rose-400",
  unknown: "fill-slate-300 dark:fill-slate-600",
};

export const gradeChip: Record<TrustGrade, string> = {
  stronger:
    "border-emerald-700 bg-emerald-50 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100",
  medium:
    "border-amber-600 bg-amber-50 text-amber-900 dark:border-amber-300 dark:bg-amber-950 dark:text-amber-100",
  weaker: "border-rose-700 bg-rose-50 text-rose-900 dark:border-rose-400 dark:bg-rose-950 dark:text-rose-100",
  unknown:
    "border-slate-400 bg-slate-50 text-slate-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-200",
};
