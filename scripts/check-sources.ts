// `npm run check:sources`: asks every URL the content cites whether it still answers, a few at a time, and reports
// the broken and the refusing ones with the files that cite them. Needs network access; the weekly workflow runs
// it and only reports. `--summary <file>` also writes the report as Markdown (the job summary on GitHub).
import { appendFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadContent } from "../src/lib/content/load";
import { citedUrls, verdictOf, type CitedUrl, type UrlVerdict } from "./lib/source-urls";

const { values } = parseArgs({
  options: { summary: { type: "string" }, concurrency: { type: "string", default: "8" } },
});

async function statusOf(url: string): Promise<number | string> {
  const request = (method: string) =>
    fetch(url, {
      method,
      redirect: "follow",
      signal: AbortSignal.timeout(20_000),
      headers: { "User-Agent": "DeAI Atlas source check" },
    });
  try {
    const head = await request("HEAD");
    // Some servers refuse HEAD but answer GET.
    return head.status === 405 || head.status === 501 ? (await request("GET")).status : head.status;
  } catch (error) {
    return error instanceof Error
      ? ((error.cause as Error | undefined)?.message ?? error.message)
      : String(error);
  }
}

async function main() {
  const urls = citedUrls(loadContent());
  const results: { cited: CitedUrl; status: number | string; verdict: UrlVerdict }[] = [];
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const cited = urls[next++]!;
      const status = await statusOf(cited.url);
      results.push({ cited, status, verdict: typeof status === "number" ? verdictOf(status) : "broken" });
      if (results.length % 50 === 0) console.log(`${results.length} of ${urls.length} checked`);
    }
  };
  await Promise.all(Array.from({ length: Number(values.concurrency) }, worker));
  const failing = results.filter((result) => result.verdict !== "ok");
  const lines = failing.map(
    ({ cited, status, verdict }) =>
      `- ${verdict} (${status}): ${cited.url} — cited in ${cited.files.join(", ")}`,
  );
  const heading = `${urls.length} cited URLs checked: ${results.length - failing.length} answer, ${failing.filter((r) => r.verdict === "broken").length} broken, ${failing.filter((r) => r.verdict === "blocked").length} refuse robots.`;
  console.log([heading, ...lines].join("\n"));
  if (values.summary)
    appendFileSync(values.summary, `## Source links\n\n${heading}\n\n${lines.join("\n")}\n`);
  process.exit(failing.some((result) => result.verdict === "broken") ? 1 : 0);
}

void main();
