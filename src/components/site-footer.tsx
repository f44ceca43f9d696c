import { SiteLink } from "@/components/site-link";
import { repositoryUrl } from "@/lib/site/urls";

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 sm:px-6">
        <p>
          Data under <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>; code under MIT.
        </p>
        <p>
          <SiteLink href="/about/">About the data and how it is checked</SiteLink>
        </p>
        <p>
          <a href={repositoryUrl}>Source on GitHub</a>
        </p>
      </div>
    </footer>
  );
}
