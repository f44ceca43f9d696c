import type { Metadata } from "next";
import { pagePaths } from "@/lib/site/paths";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { pageMetadata } from "@/lib/publish/metadata";
import { withBasePath } from "@/lib/site/urls";

export const metadata: Metadata = pageMetadata({
  title: "Open data",
  description:
    "Download the DeAI Atlas directory as JSON or CSV, with its vocabularies and the JSON Schema of a project file.",
  path: pagePaths.data,
});

const files = [
  {
    name: "projects.json",
    about:
      "Every project with every fact of the fact registry, in its order: slug, name, aliases, tagline, category, status, activity (the last dated sign of life), deployments (chain, role, address, explorer, sources), chains (derived from deployments), resources, workloads, token, tokenLaunched, launched, website, links, trust (five axes with why and sources), sources, citations, lastReviewed and the page url. A fact confirmed absent reads none; an unknown one is left out.",
  },
  {
    name: "projects.csv",
    about:
      "The same projects, one row each, for spreadsheets. List fields are joined with “;”, links as kind=url, deployments as chain:role:address, sources as their URLs, activity and trust one column per part; quoting follows RFC 4180.",
  },
  {
    name: "prices.json",
    about:
      "The GPU price index: one record per observation, with provider, GPU model, US dollars per GPU-hour, the date, the kind (list, market, spot, quote), the source URL and how a converted figure was derived.",
  },
  {
    name: "prices.csv",
    about: "The same price observations, one row each.",
  },
  {
    name: "prices.schema.json",
    about: "The JSON Schema of prices.json.",
  },
  {
    name: "categories.json",
    about: "The categories: slug, name, order, description, project count and page url.",
  },
  {
    name: "chains.json",
    about:
      "The chain vocabulary: slug, name, description, ownChainOf for a project's own L1, project count and url.",
  },
  {
    name: "resources.json",
    about: "The resource vocabulary: slug, name, description, project count and url.",
  },
  {
    name: "project.schema.json",
    about:
      "The JSON Schema of a project file's frontmatter, generated from the site's zod schema; editors can use it to check files.",
  },
];

const apiFiles = [
  {
    path: pagePaths.apiIndex,
    about:
      "Every project with all its facts, the time the data was generated, the schema version and the license.",
  },
  {
    path: pagePaths.apiProject("akash-network"),
    about:
      "One project (any slug): its facts, its GPU price observations and the history of its facts, change by change with date and commit.",
  },
  { path: "/api/v1/index.schema.json", about: "The JSON Schema of index.json." },
  { path: "/api/v1/project.schema.json", about: "The JSON Schema of a project file." },
];

export default function DataPage() {
  return (
    <div className="prose-body max-w-3xl">
      <Breadcrumbs trail={[]} current="Open data" />
      <h1 className="text-3xl font-bold tracking-tight">Open data</h1>
      <p>
        Everything on this site comes from plain files, and the same validated data is published here at every
        build. The data is licensed under <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>
        : reuse it freely, with credit to DeAI Atlas and, where you quote a fact, its source.
      </p>
      <dl>
        {files.map((file) => (
          <div key={file.name} className="mt-4">
            <dt className="font-semibold">
              <a href={withBasePath(`/data/${file.name}`)}>{file.name}</a>
            </dt>
            <dd className="mt-1 text-slate-700 dark:text-slate-300">{file.about}</dd>
          </div>
        ))}
      </dl>
      <h2>API</h2>
      <p>
        The same data as a versioned, static API, for sites and tools that read it regularly. Within version
        1, fields are only ever added: none is renamed or removed, so a reader written today keeps working. A
        new version would get a new address and the old one would stay until readers have moved.
      </p>
      <dl>
        {apiFiles.map((file) => (
          <div key={file.path} className="mt-4">
            <dt className="font-semibold">
              <a href={withBasePath(file.path)}>{file.path}</a>
            </dt>
            <dd className="mt-1 text-slate-700 dark:text-slate-300">{file.about}</dd>
          </div>
        ))}
      </dl>
      <h2>Feeds, embeds and badges</h2>
      <p>
        Changes to the facts are published as Atom feeds:{" "}
        <a href={withBasePath(pagePaths.feed)}>every change</a>, and one per project, category and chain (each
        page links its own). A project&apos;s card can be shown in another site with an iframe of{" "}
        <code>/embed/projects/&lt;slug&gt;/</code>, a comparison with{" "}
        <code>/embed/compare/?projects=a,b</code>, and a README can carry the badge{" "}
        <code>/badges/&lt;slug&gt;.svg</code>; each project page has the snippets to copy.
      </p>
      <h2>Corrections</h2>
      <p>
        Found a wrong or outdated fact? Each project page links to its file; change it, cite the page that
        supports the change, and open a pull request.
      </p>
    </div>
  );
}
