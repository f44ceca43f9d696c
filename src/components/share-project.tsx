import { CopyButton } from "@/components/copy-button";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { pagePaths } from "@/lib/site/paths";
import { absoluteUrl, siteName } from "@/lib/site/urls";

/** Ways to show the project elsewhere: an embeddable card and a README badge, each as text to copy. */
export function ShareProject({ slug, name, locale }: { slug: string; name: string; locale: Locale }) {
  const { share } = messages(locale);
  const iframe = `<iframe src="${absoluteUrl(pagePaths.embedProject(slug))}" title="${name.replace(/"/g, "&quot;")} on ${siteName}" width="480" height="260" style="border:0"></iframe>`;
  const badge = `[![${name.replace(/[[\]]/g, "")} on ${siteName}](${absoluteUrl(pagePaths.badge(slug))})](${absoluteUrl(pagePaths.project(slug))})`;
  return (
    <section aria-labelledby="share" className="flex flex-col gap-3">
      <h2 id="share" className="text-xl font-semibold">
        {share.heading}
      </h2>
      {[
        { id: "embed-snippet", label: "An embeddable card (HTML)", text: iframe, button: "Copy the iframe" },
        {
          id: "badge-snippet",
          label: "A badge for a README (Markdown)",
          text: badge,
          button: "Copy the badge",
        },
      ].map((snippet) => (
        <div key={snippet.id} className="flex flex-col gap-1">
          <label htmlFor={snippet.id} className="text-sm font-medium">
            {snippet.label}
          </label>
          <textarea
            id={snippet.id}
            readOnly
            rows={2}
            value={snippet.text}
            className="w-full rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
          />
          <CopyButton text={snippet.text} label={snippet.button} />
        </div>
      ))}
    </section>
  );
}
