import type { Metadata } from "next";
import { CategorySection } from "@/components/category-groups";
import { SiteLink } from "@/components/site-link";
import { loadContent } from "@/lib/content/load";
import type { Locale } from "@/lib/i18n/locales";
import { summaryGroups } from "@/lib/i18n/localized";
import { messages } from "@/lib/i18n/messages";
import { pageMetadata } from "@/lib/publish/metadata";
import { pagePaths } from "@/lib/site/paths";
import { compareText } from "@/lib/text/order";

// The home page shows this many projects per category, the most recently active first; the category page has all.
const shownPerCategory = 6;

export function homeRoute(locale: Locale) {
  const m = messages(locale);
  return {
    generateMetadata: (): Metadata =>
      pageMetadata({ title: m.home.title, description: m.site.description, path: pagePaths.home, locale }),
    Page: function HomePage() {
      const content = loadContent();
      const groups = summaryGroups(content, content.projects, locale);
      const tools = [
        { href: pagePaths.trust, label: m.home.toolLinks.trust },
        { href: pagePaths.prices, label: m.home.toolLinks.prices },
        { href: pagePaths.compare(), label: m.home.toolLinks.compare },
        { href: pagePaths.changes, label: m.home.toolLinks.changes },
      ];
      return (
        <div>
          <section className="max-w-3xl">
            <h1 className="text-3xl font-bold tracking-tight">{m.home.heading}</h1>
            <p className="mt-3 text-slate-700 dark:text-slate-300">
              {m.home.intro(content.projects.length, content.categories.length)}
            </p>
            <ul className="mt-4 grid gap-2 text-sm sm:grid-cols-2" aria-label={m.home.tools}>
              {tools.map((tool) => (
                <li key={tool.href}>
                  <SiteLink href={tool.href}>{tool.label}</SiteLink>
                </li>
              ))}
            </ul>
          </section>
          <div className="grid gap-x-8 md:grid-cols-2">
            {groups.map(({ category, projects }) => {
              const shown = [...projects]
                .sort(
                  (a, b) =>
                    Number(a.status !== "active") - Number(b.status !== "active") ||
                    compareText(b.lastSeen, a.lastSeen),
                )
                .slice(0, shownPerCategory);
              return (
                <CategorySection
                  key={category.slug}
                  category={category}
                  count={projects.length}
                  idPrefix="home"
                >
                  <ul className="mt-2 flex flex-col gap-1.5 text-sm">
                    {shown.map((project) => (
                      <li key={project.slug}>
                        <SiteLink href={pagePaths.project(project.slug)} className="font-medium">
                          {project.name}
                        </SiteLink>
                        <span className="text-slate-600 dark:text-slate-400"> — {project.tagline}</span>
                      </li>
                    ))}
                  </ul>
                  <p className="mt-2 text-sm">
                    <SiteLink href={pagePaths.category(category.slug)}>
                      {m.home.seeAll(projects.length, category.name)} →
                    </SiteLink>
                  </p>
                </CategorySection>
              );
            })}
          </div>
        </div>
      );
    },
  };
}
