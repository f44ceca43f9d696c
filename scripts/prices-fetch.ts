// `npm run prices:fetch`: pulls today's figures from public, keyless GPU price feeds and adds them, dated and with
// their URL, to the networks' price files. Never part of build or test: those must not depend on the network.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { akashFeedUrl, parseAkashGpuPrices } from "../src/lib/prices/feeds/akash";
import { mergeObservations } from "../src/lib/prices/feeds/feed";
import { fetchFeed, type Feed } from "../src/lib/prices/feeds/fetch-feed";
import { nosanaFeedUrl, parseNosanaMarkets } from "../src/lib/prices/feeds/nosana";
import { parsePriceFile } from "../src/lib/prices/parse";

const feeds: Feed[] = [
  { project: "akash-network", url: akashFeedUrl, parse: parseAkashGpuPrices },
  { project: "nosana", url: nosanaFeedUrl, parse: parseNosanaMarkets },
];

async function main() {
  const today = new Date().toISOString().slice(0, 10);
  let failures = 0;
  for (const feed of feeds) {
    process.stdout.write(`${feed.project}: fetching ${feed.url} … `);
    const outcome = await fetchFeed(feed, today);
    if (!outcome.ok) {
      console.log(`failed: ${outcome.message}. Nothing was written for ${feed.project}.`);
      failures++;
      continue;
    }
    const file = path.join("content", "prices", `${feed.project}.yaml`);
    const current = yaml.load(readFileSync(file, "utf8"), { schema: yaml.CORE_SCHEMA }) as {
      observations: [];
    };
    const { observations, added } = mergeObservations(current.observations, outcome.result.observations);
    const text = yaml.dump({ ...current, observations }, { lineWidth: -1, quotingType: '"' });
    const check = parsePriceFile(file, new TextEncoder().encode(text));
    if (check.problems.length > 0) {
      console.log(
        `refused: the result would not validate:\n  ${check.problems.map((problem) => problem.message).join("\n  ")}`,
      );
      failures++;
      continue;
    }
    writeFileSync(file, text);
    console.log(`${added} new observation${added === 1 ? "" : "s"} written to ${file}`);
    for (const reason of outcome.result.skipped) console.log(`  skipped ${reason}`);
  }
  if (failures > 0) {
    console.error(
      `${failures} of ${feeds.length} feeds failed; run npm run validate after checking the files.`,
    );
    process.exit(1);
  }
  console.log("Done. Review the new observations, then run npm run validate.");
}

void main();
