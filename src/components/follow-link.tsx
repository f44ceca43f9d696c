import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { withBasePath } from "@/lib/site/urls";

/** The visible way to a page's Atom feed, with the one line that says what a feed is for. */
export function FollowLink({ feedPath, about, locale }: { feedPath: string; about: string; locale: Locale }) {
  const { history } = messages(locale);
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400">
      <a href={withBasePath(feedPath)} type="application/atom+xml" className="font-medium">
        {history.follow(about)}
      </a>
      {history.followText}
    </p>
  );
}
