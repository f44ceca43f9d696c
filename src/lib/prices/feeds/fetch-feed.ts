// Fetches one price feed and turns it into observations, with a message a person can act on when it fails.
import type { FeedResult } from "./feed";

export type Feed = {
  project: string;
  url: string;
  parse: (body: unknown, observed: string) => FeedResult;
};

export type FeedOutcome = { ok: true; result: FeedResult } | { ok: false; message: string };

export async function fetchFeed(
  feed: Feed,
  observed: string,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = 15_000,
): Promise<FeedOutcome> {
  let body: unknown;
  try {
    const response = await fetchImpl(feed.url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok)
      return { ok: false, message: `${feed.url} answered ${response.status} ${response.statusText}` };
    body = await response.json();
  } catch (error) {
    const reason =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    return {
      ok: false,
      message: `could not reach ${feed.url} (${reason}); prices:fetch needs network access to this public feed`,
    };
  }
  try {
    return { ok: true, result: feed.parse(body, observed) };
  } catch (error) {
    return {
      ok: false,
      message: `${feed.url} answered in an unexpected shape: ${(error as Error).message.slice(0, 300)}`,
    };
  }
}
