import type { Metadata } from "next";
import { pagePaths } from "@/lib/site/paths";
import { pageMetadata } from "@/lib/publish/metadata";
import { unverifiedProjects } from "@/lib/content/unverified";

export const metadata: Metadata = pageMetadata({
  title: "About the data",
  description:
    "Where the DeAI Atlas data comes from, how facts are checked and reviewed, and which projects could not be verified.",
  path: pagePaths.about,
});

export default function AboutPage() {
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
        seven areas. We kept its categories and its projects, added zero-knowledge machine-learning projects
        it named as an area but did not list, and wrote every description afresh. No text is copied from the
        article or from project sites.
      </p>
      <h2>How facts are checked</h2>
      <p>
        Each project is one Markdown file. Every fact in it (chains, resources, workloads, token, launch year
        and status) names the sources that support it, and each file cites at least two sources, at least one
        of them independent of the project where such a source exists. When no source supports a fact, the
        field is left empty rather than guessed. The build refuses any file that breaks these rules.
      </p>
      <h2>How often it is reviewed</h2>
      <p>
        Every file records the day it was last checked. Pages whose review is more than 180 days old say so,
        and we aim to review every project at least twice a year. Corrections are welcome as pull requests.
      </p>
      <h2 id="unverified">Named in the source, not verified</h2>
      <p>
        These projects appear in the source article, but we found no public source to check them against, so
        they have no page.
      </p>
      <ul>
        {unverifiedProjects.map((project) => (
          <li key={project.name}>
            <strong>{project.name}</strong> ({project.sourceSection}): {project.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
