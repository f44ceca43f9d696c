import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { RichText } from "@/components/rich-text";
import { loadContent } from "@/lib/content/load";
import { maxDaysSinceActivity } from "@/lib/content/project-rules";
import { factsInData } from "@/lib/facts/registry";
import { staleAfterDays } from "@/lib/content/review";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { pageMetadata } from "@/lib/publish/metadata";
import { pagePaths } from "@/lib/site/paths";
import { withBasePath } from "@/lib/site/urls";

const dataFiles = [
  "projects.json",
  "projects.csv",
  "prices.json",
  "prices.csv",
  "prices.schema.json",
  "changes.json",
  "categories.json",
  "chains.json",
  "resources.json",
  "project.schema.json",
];

/** /data/: the downloads, the API, feeds and embeds, and how to correct a fact. */
export function dataRoute(locale: Locale) {
  const m = messages(locale);
  const api = [
    { path: pagePaths.apiIndex, about: m.data.api.index },
    { path: pagePaths.apiProject("akash-network"), about: m.data.api.project },
    { path: "/api/v1/index.schema.json", about: m.data.api.indexSchema },
    { path: "/api/v1/project.schema.json", about: m.data.api.projectSchema },
  ];
  const list = (entries: { path: string; label: string; about: string }[]) => (
    <dl>
      {entries.map((entry) => (
        <div key={entry.path} className="mt-4">
          <dt className="font-semibold">
            <a href={withBasePath(entry.path)}>{entry.label}</a>
          </dt>
          <dd className="mt-1 text-slate-700 dark:text-slate-300">{entry.about}</dd>
        </div>
      ))}
    </dl>
  );
  return {
    generateMetadata: (): Metadata =>
      pageMetadata({ title: m.data.title, description: m.data.description, path: pagePaths.data, locale }),
    Page: function DataPage() {
      return (
        <div className="prose-body max-w-3xl">
          <Breadcrumbs trail={[]} current={m.data.title} locale={locale} />
          <h1 className="text-3xl font-bold tracking-tight">{m.data.title}</h1>
          <p>
            <RichText text={m.data.intro} />
          </p>
          {list(
            dataFiles.map((name) => ({
              path: `/data/${name}`,
              label: name,
              // The field list comes from the fact registry, so a new fact is described without editing this text.
              about: (m.data.files[name] ?? "").replace(
                "{fields}",
                factsInData.map((fact) => fact.key).join(", "),
              ),
            })),
          )}
          <h2>{m.data.apiTitle}</h2>
          <p>{m.data.apiIntro}</p>
          {list(api.map((entry) => ({ ...entry, label: entry.path })))}
          <h2>{m.data.feedsTitle}</h2>
          <p>
            <RichText text={m.data.feeds} />
          </p>
          <h2>{m.data.correctionsTitle}</h2>
          <p>{m.data.corrections}</p>
        </div>
      );
    },
  };
}

/** /about/: where the data comes from, how it is checked, and what is not listed. */
export function aboutRoute(locale: Locale) {
  const m = messages(locale);
  return {
    generateMetadata: (): Metadata =>
      pageMetadata({ title: m.about.title, description: m.about.description, path: pagePaths.about, locale }),
    Page: function AboutPage() {
      const { notListed, projects } = loadContent();
      return (
        <div className="prose-body max-w-3xl">
          <h1 className="text-3xl font-bold tracking-tight">{m.about.title}</h1>
          <h2>{m.about.originTitle}</h2>
          <p>
            <RichText text={m.about.origin(projects.length)} />
          </p>
          <h2>{m.about.checksTitle}</h2>
          <p>{m.about.checks(maxDaysSinceActivity)}</p>
          <p>
            <RichText text={m.about.tools} />
          </p>
          <h2>{m.about.reviewTitle}</h2>
          <p>{m.about.review(staleAfterDays)}</p>
          <h2>{m.about.editionTitle}</h2>
          <p>{m.about.edition}</p>
          <h2 id="considered">{m.about.consideredTitle}</h2>
          <p>{m.about.considered}</p>
          <ul>
            {notListed.considered.map((entry) => (
              <li key={entry.slug}>
                <strong>{entry.name}</strong>: <span lang="en">{entry.reason}</span> (
                {entry.sources.map((source, index) => (
                  <span key={source.url}>
                    {index > 0 && ", "}
                    <a href={source.url} rel="noopener noreferrer">
                      {source.title}
                    </a>
                  </span>
                ))}
                )
              </li>
            ))}
          </ul>
          <h2 id="unverified">{m.about.unverifiedTitle}</h2>
          <p>{m.about.unverified}</p>
          <ul>
            {notListed.unverified.map((entry) => (
              <li key={entry.slug}>
                <strong>{entry.name}</strong> ({entry.sourceSection}): <span lang="en">{entry.reason}</span>
              </li>
            ))}
          </ul>
        </div>
      );
    },
  };
}
