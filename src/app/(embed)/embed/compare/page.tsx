import type { Metadata } from "next";
import { Suspense } from "react";
import { CompareEmbed } from "@/components/compare-embed";
import { loadContent } from "@/lib/content/load";

export const metadata: Metadata = { title: "Comparison (embed)" };

export default function EmbedComparePage() {
  const { categories } = loadContent();
  return (
    <Suspense fallback={<p>The comparison is drawn in the browser and needs JavaScript.</p>}>
      <CompareEmbed categories={categories.map(({ slug, name }) => ({ slug, name }))} />
    </Suspense>
  );
}
