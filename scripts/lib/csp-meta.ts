// A per-page Content-Security-Policy in a <meta> tag, listing the hashes of that page's own inline scripts, so
// script-src needs no 'unsafe-inline' even on hosts that send no headers (GitHub Pages).
import { createHash } from "node:crypto";
import { policyDirectives } from "./security-headers";

const inlineScript = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

export const scriptHashes = (html: string): string[] => [
  ...new Set(
    [...html.matchAll(inlineScript)]
      .map((match) => match[1] ?? "")
      .filter((body) => body.length > 0)
      .map((body) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`),
  ),
];

/** The policy for one page: the same as the header's, with its inline scripts allowed by hash only. */
export function metaPolicy(html: string): string {
  return policyDirectives(scriptHashes(html)).join("; ");
}

const existingMeta = /<meta http-equiv="Content-Security-Policy"[^>]*>/i;

/** The page with its policy as the first element of <head>, before any script; a second run replaces the first. */
export function withMetaPolicy(html: string): string {
  const withoutOld = html.replace(existingMeta, "");
  const tag = `<meta http-equiv="Content-Security-Policy" content="${metaPolicy(withoutOld)}">`;
  if (!/<head[^>]*>/i.test(withoutOld)) throw new Error("the page has no <head> to put its policy in");
  return withoutOld.replace(/<head[^>]*>/i, (head) => `${head}${tag}`);
}
