// The response headers of the site, in one place: `npm run docs` writes them into public/_headers (Netlify,
// Cloudflare Pages) and docs/nginx.conf, and a unit test keeps both in step. Embeds (/embed/*) are the only pages
// another site may frame; every other page refuses to be framed.

/** The directives every policy shares, with the sources allowed for scripts besides the site's own files. */
export const policyDirectives = (scriptSources: readonly string[]) => [
  "default-src 'self'",
  ["script-src 'self'", ...scriptSources].join(" "),
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * Scripts: a static export inlines each page's data as scripts that differ per page, so a header shared by all
 * files must allow inline scripts. The strict policy is the per-page <meta> one written after the build, which
 * lists the hashes of that page's own inline scripts (browsers enforce both policies).
 */
const basePolicy = policyDirectives(["'unsafe-inline'"]);

export const pagePolicy = [...basePolicy, "frame-ancestors 'none'"].join("; ");
export const embedPolicy = [...basePolicy, "frame-ancestors *"].join("; ");

/** Sent with every file. */
export const commonHeaders: [string, string][] = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
];

export const framedHeaders: [string, string][] = [["Content-Security-Policy", embedPolicy]];
export const unframedHeaders: [string, string][] = [
  ["Content-Security-Policy", pagePolicy],
  ["X-Frame-Options", "DENY"],
];

/** Only nginx: the other hosts set HTTPS rules themselves. */
export const nginxOnlyHeaders: [string, string][] = [
  ["Strict-Transport-Security", "max-age=31536000; includeSubDomains"],
];

/**
 * The top-level sections of the site that must refuse framing. _headers has no "everything except", so each is
 * listed; a unit test fails when a route folder is missing here.
 */
export const unframedSections = [
  "/",
  "/404.html",
  "/about/*",
  "/api/*",
  "/badges/*",
  "/categories/*",
  "/chains/*",
  "/changes/*",
  "/compare/*",
  "/data/*",
  "/feed.xml",
  "/landscape/*",
  "/og/*",
  "/prices/*",
  "/projects/*",
  "/resources/*",
  "/search/*",
  "/search-index.json",
  "/stats/*",
  "/trust/*",
  "/vi",
  "/vi/*",
];

const block = (path: string, headers: readonly [string, string][]) =>
  [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join("\n");

export function headersFile(): string {
  return [
    "# Written by npm run docs from scripts/lib/security-headers.ts: edit that file, not this one.",
    "# Response headers for static hosts that read this file (Netlify, Cloudflare Pages); docs/nginx.conf holds the same.",
    block("/*", commonHeaders),
    block("/embed/*", framedHeaders),
    ...unframedSections.map((path) => block(path, unframedHeaders)),
    "",
  ].join("\n");
}

const nginxLines = (headers: readonly [string, string][]) =>
  headers.map(([name, value]) => `  add_header ${name} "${value}" always;`);

export function nginxConfig(): string {
  return [
    "# Written by npm run docs from scripts/lib/security-headers.ts: edit that file, not this one.",
    "# nginx: serve the static export (out/) with the same response headers as public/_headers.",
    '# Copy into a server block that listens with TLS; "always" adds the headers to error pages too.',
    "root /var/www/deai-atlas/out;",
    "error_page 404 /404.html;",
    "",
    "# Embeds are the only pages another site may show in a frame.",
    "location /embed/ {",
    "  try_files $uri $uri/index.html =404;",
    ...nginxLines([...commonHeaders, ...nginxOnlyHeaders, ...framedHeaders]),
    "}",
    "",
    "location / {",
    "  try_files $uri $uri/index.html =404;",
    ...nginxLines([...commonHeaders, ...nginxOnlyHeaders, ...unframedHeaders]),
    "}",
    "",
  ].join("\n");
}
