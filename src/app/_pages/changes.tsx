import type { Metadata } from "next";
import { Suspense } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ChangeList } from "@/components/change-list";
import { ChangesExplorer } from "@/components/changes-explorer";
import { FollowLink } from "@/components/follow-link";
import { loadContent } from "@/lib/content/load";
import { changeRows } from "@/lib/history/change-list";
import { readFactHistory } from "@/lib/history/git-history";
import { chains } from "@/lib/facts/chains";
import { changeKinds } from "@/lib/history/scopes";
import type { Locale } from "@/lib/i18n/locales";
import { localizedCategories } from "@/lib/i18n/localized";
import { messages } from "@/lib/i18n/messages";
import { clientMessages } from "@/lib/i18n/messages/client";
import { termName } from "@/lib/i18n/vocabulary";
import { pageMetadata } from "@/lib/publish/metadata";
import { pagePaths } from "@/lib/site/paths";

// Without JavaScript the newest changes are listed; the filters load the whole list as data.
const shownWithoutScript = 50;

export function changesRoute(locale: Locale) {
  const m = messages(locale);
  return {
    generateMetadata: (): Metadata =>
      pageMetadata({
        title: m.history.changesTitle,
        description: m.history.changesDescription,
        path: pagePaths.changes,
        locale,
      }),
    Page: function ChangesPage() {
      const content = loadContent();
      const history = readFactHistory();
      const rows = changeRows(history.entries, content.projects);
      const kindNames = Object.fromEntries(
        changeKinds.map((kind) => [kind.slug, termName(locale, "changeKinds", kind.slug)]),
      );
      const baseline = clientMessages(locale).changes.baseline;
      return (
        <div className="flex max-w-4xl flex-col gap-4">
          <Breadcrumbs trail={[]} current={m.history.changesTitle} locale={locale} />
          <h1 className="text-3xl font-bold tracking-tight">{m.history.changesTitle}</h1>
          <p className="text-slate-700 dark:text-slate-300">{m.history.changesIntro}</p>
          {history.status !== "ok" && (
            <p role="note" className="rounded-md border border-amber-600 px-3 py-2">
              {history.status === "shallow" ? m.history.shallowSite : m.history.unavailableSite}
            </p>
          )}
          <FollowLink feedPath={pagePaths.feed} about={m.history.everyChange} locale={locale} />
          <Suspense
            fallback={
              <ChangeList rows={rows.slice(0, shownWithoutScript)} locale={locale} baseline={baseline} />
            }
          >
            <ChangesExplorer
              categories={localizedCategories(content, locale).map(({ slug, name }) => ({ slug, name }))}
              chains={chains.map(({ slug, name }) => ({ slug, name }))}
              kindNames={kindNames}
              shown={shownWithoutScript}
            />
          </Suspense>
        </div>
      );
    },
  };
}
