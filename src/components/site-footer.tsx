import { SiteLink } from "@/components/site-link";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { pagePaths } from "@/lib/site/paths";
import { repositoryUrl } from "@/lib/site/urls";

export function SiteFooter({ locale }: { locale: Locale }) {
  const { site } = messages(locale);
  return (
    <footer className="border-t border-slate-200 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 sm:px-6">
        <p>{site.footerLicense}</p>
        <p>
          <SiteLink href={pagePaths.about}>{site.footerAbout}</SiteLink>
        </p>
        <p>
          <a href={repositoryUrl}>{site.footerSource}</a>
        </p>
      </div>
    </footer>
  );
}
