"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { parseSearchView, searchViewQuery, type SearchView } from "@/lib/search/view-url";

// While typing, the address catches up after this pause: each history write makes Next.js re-render the page.
const urlDelayMs = 300;

/**
 * The search view, kept in the address: one history entry per burst of typing, one per other change, and the view
 * read back on back and forward. `update` is stable, so memoised children can take handlers built on it.
 */
export function useSearchView() {
  const params = useSearchParams();
  const [view, setView] = useState<SearchView>(() => parseSearchView(new URLSearchParams(params.toString())));
  const latest = useRef(view);
  const isTyping = useRef(false);
  const pendingUrl = useRef<{ timer: number; url: string }>(undefined);

  const flushUrl = useCallback(() => {
    const pending = pendingUrl.current;
    if (!pending) return;
    window.clearTimeout(pending.timer);
    window.history.replaceState(null, "", pending.url);
    pendingUrl.current = undefined;
  }, []);

  const update = useCallback(
    (change: (current: SearchView) => SearchView, fromTyping: boolean) => {
      const next = change(latest.current);
      latest.current = next;
      const url = `${window.location.pathname}${searchViewQuery(next)}`;
      if (fromTyping && isTyping.current) {
        window.clearTimeout(pendingUrl.current?.timer);
        pendingUrl.current = { timer: window.setTimeout(flushUrl, urlDelayMs), url };
      } else {
        flushUrl();
        window.history.pushState(null, "", url);
      }
      isTyping.current = fromTyping;
      setView(next);
    },
    [flushUrl],
  );

  useEffect(() => {
    const restore = () => {
      window.clearTimeout(pendingUrl.current?.timer);
      pendingUrl.current = undefined;
      isTyping.current = false;
      latest.current = parseSearchView(new URLSearchParams(window.location.search));
      setView(latest.current);
    };
    window.addEventListener("popstate", restore);
    return () => window.removeEventListener("popstate", restore);
  }, []);

  return { view, update, flushUrl };
}
