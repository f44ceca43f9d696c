import type { Metadata } from "next";
import { loadContent } from "@/lib/content/load";
import { maxDaysSinceActivity } from "@/lib/content/project-rules";
import { staleAfterDays } from "@/lib/content/review";
import { pageMetadata } from "@/lib/publish/metadata";
import { pagePaths } from "@/lib/site/paths";

export const metadata: Metadata = pageMetadata({
  title: "About the data",
  description:
    "Where the DeAI Atlas data comes from, how facts are checked and reviewed, and which projects are not listed and why.",
  path: pagePaths.about,
});

export default function AboutPage() {
  const { notListed, projects } = loadContent();
  return (
    <div className="prose-body max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">About the data</h1>
      <h2>Where it comes from</h2>
      <p>
        The list of projects started from the article{" "}
        <a href="https://github.com/cuckoo-network/cuckoo/blob/main/packages/home/blog/2024-05-11-decentralizing-ai-overview.md">
          “Decentralizing AI: An Overview”
        </a>{" "}
        by Cuckoo Network (May 2024, published under the Apache License 2.0), which sorted the field into
        seven areas. We kept its projects, added the zero-knowledge machine-learning projects it named as an
        area, and in 2026 extended the map to the field as it is now: decentralized training runs, agent
        platforms, data networks and confidential compute, {projects.length} projects in all. Every
        description is written afresh; no text is copied from the article or from project sites.
      </p>
      <h2>How facts are checked</h2>
      <p>
        Each project is one file, and every fact in it names the sources that support it: where its chain,
        token and contracts live (with addresses and explorer links), what it supplies, its token and launch
        years, its status and its last dated sign of life. Each file cites at least two sources, at least one
        of them independent of the project. A fact no source settles is shown as unknown, never guessed; a
        confirmed absence, such as a project with no token, is shown as none and cited. A project is called
        active only on a sign of life dated within {maxDaysSinceActivity} days of its review. The build
        refuses any file that breaks these rules.
      </p>
      <p>
        Projects that sell compute, models or proofs are also rated on the{" "}
        <a href={pagePaths.trust}>trust model</a>, each rating cited, and networks that publish prices appear
        in the <a href={pagePaths.prices}>GPU price index</a>. Every change to a fact is kept in the
        site&apos;s history and published on the <a href={pagePaths.changes}>changes page</a> and its feeds.
      </p>
      <h2>How often it is reviewed</h2>
      <p>
        Every file records the day it was last checked. Pages whose review is more than {staleAfterDays} days
        old say so, and we aim to review every project at least twice a year. Corrections are welcome as pull
        requests.
      </p>
      <h2 id="considered">Considered, not listed</h2>
      <p>
        Candidates looked at while extending the map and left out, because they proved to be centralized
        services or have no live network to describe.
      </p>
      <ul>
        {notListed.considered.map((entry) => (
          <li key={entry.slug}>
            <strong>{entry.name}</strong>: {entry.reason} (
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
      <h2 id="unverified">Named in the source, not verified</h2>
      <p>
        These projects appear in the source article, but we found no public source to check them against, so
        they have no page.
      </p>
      <ul>
        {notListed.unverified.map((entry) => (
          <li key={entry.slug}>
            <strong>{entry.name}</strong> ({entry.sourceSection}): {entry.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
