import { SiteLink } from "@/components/site-link";

type Crumb = { href: string; label: string };

/** The trail from the home page to the current page, which is named last and not linked. */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
      <ol className="flex flex-wrap gap-1">
        {[{ href: "/", label: "Home" }, ...trail].map((crumb) => (
          <li key={crumb.href} className="after:ml-1 after:content-['/']">
            <SiteLink href={crumb.href}>{crumb.label}</SiteLink>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
