import type { Metadata } from "next";
import { pagePaths } from "@/lib/site/paths";
import { CategoryGroups } from "@/components/category-groups";
import { projectsByCategory } from "@/lib/browse/groups";
import { loadContent } from "@/lib/content/load";
import { pageMetadata } from "@/lib/publish/metadata";
import { siteDescription } from "@/lib/site/urls";

export const metadata: Metadata = pageMetadata({
  title: "Directory of decentralized-AI projects",
  description: siteDescription,
  path: pagePaths.home,
});

export default function HomePage() {
  const { projects, categories } = loadContent();
  return (
    <div>
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">A sourced map of decentralized AI</h1>
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          {projects.length} projects that rent out GPUs, train and trade models, run agents, collect data and
          prove inference, in {categories.length} categories. Every fact links to the page it came from.
        </p>
      </section>
      <CategoryGroups groups={projectsByCategory(projects, categories)} />
    </div>
  );
}
