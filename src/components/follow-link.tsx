import { withBasePath } from "@/lib/site/urls";

/** The visible way to a page's Atom feed, with the one line that says what a feed is for. */
export function FollowLink({ feedPath, about }: { feedPath: string; about: string }) {
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400">
      <a href={withBasePath(feedPath)} type="application/atom+xml" className="font-medium">
        Follow {about}
      </a>
      : an Atom feed of every change to these facts; paste its address into a feed reader to be told of
      changes.
    </p>
  );
}
