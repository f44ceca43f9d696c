import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

/**
 * The page around every page's content: a skip link, the header, the main landmark and the footer.
 * `twinPath` fixes where the language switch leads, for pages without a twin in the other edition.
 */
export function SiteChrome({
  locale,
  twinPath,
  children,
}: {
  locale: Locale;
  twinPath?: string;
  children: ReactNode;
}) {
  return (
    <body className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only rounded bg-white px-3 py-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 dark:bg-slate-900"
      >
        {messages(locale).site.skipLink}
      </a>
      <SiteHeader locale={locale} twinPath={twinPath} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </body>
  );
}
