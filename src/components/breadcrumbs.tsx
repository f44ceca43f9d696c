import { SiteLink } from "@/components/site-link";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

type Crumb = { href: string; label: string };

const trailLabel: Record<Locale, string> = { en: "Breadcrumb", vi: "Đường dẫn" };

/** The trail from the home page to the current page, which is named last and not linked. */
export function Breadcrumbs({ trail, current, locale }: { trail: Crumb[]; current: string; locale: Locale }) {
  return (
    <nav aria-label={trailLabel[locale]} className="text-sm text-slate-600 dark:text-slate-400">
      <ol className="flex flex-wrap gap-1">
        {[{ href: "/", label: messages(locale).site.home }, ...trail].map((crumb) => (
          <li key={crumb.href} className="after:ml-1 after:content-['/']">
            <SiteLink href={crumb.href}>{crumb.label}</SiteLink>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
