import { loadContent } from "@/lib/content/load";
import { chains } from "@/lib/facts/chains";
import { readFactHistory } from "@/lib/history/git-history";
import type { HistoryScope } from "@/lib/history/scopes";
import { atomXml } from "@/lib/publish/atom";
import { feedFor } from "@/lib/publish/feeds";
import { buildTime } from "@/lib/site/build-date";

type ScopeType = HistoryScope["type"];

const feedResponse = (scope: HistoryScope) =>
  new Response(atomXml(feedFor(scope, readFactHistory(), loadContent(), buildTime)), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });

const slugsOf: Record<Exclude<ScopeType, "site">, () => readonly { slug: string }[]> = {
  project: () => loadContent().projects,
  category: () => loadContent().categories,
  chain: () => chains,
};

/** The site-wide feed, /feed.xml. */
export const siteFeed = () => feedResponse({ type: "site" });

/** The static params and handler of /projects|categories|chains/<slug>/feed.xml. */
export function scopedFeedRoute(type: Exclude<ScopeType, "site">) {
  return {
    generateStaticParams: () => slugsOf[type]().map((entry) => ({ slug: entry.slug })),
    GET: async (_request: Request, { params }: { params: Promise<{ slug: string }> }) =>
      feedResponse({ type, slug: (await params).slug } as HistoryScope),
  };
}
