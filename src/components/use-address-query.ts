"use client";

import { useSyncExternalStore } from "react";

// Fired after this hook rewrites the address, so every component reading the query through it hears of it; the
// browser itself only announces back and forward (Next's own router learns of replaceState by itself).
const queryChanged = "atlas:querychange";

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(queryChanged, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(queryChanged, onChange);
  };
}

const readQuery = () => window.location.search.replace(/^\?/, "");
// The export is prerendered without a query: the page hydrates as built, then shows the address's view.
const prerenderedQuery = () => "";

/**
 * The address's query string (without "?"), and a way to replace it. Unlike Next's useSearchParams, it does not
 * make a static page render its client part again in the browser, so the prerendered HTML is kept and hydrated.
 */
export function useAddressQuery(): [query: string, replace: (query: string) => void] {
  const query = useSyncExternalStore(subscribe, readQuery, prerenderedQuery);
  const replace = (next: string) => {
    const bare = next.replace(/^\?/, "");
    window.history.replaceState(null, "", `${window.location.pathname}${bare ? `?${bare}` : ""}`);
    window.dispatchEvent(new Event(queryChanged));
  };
  return [query, replace];
}

const noChange = () => () => {};

/** False in the prerendered HTML and during hydration, true after: controls that need JavaScript wait for it. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );
}
