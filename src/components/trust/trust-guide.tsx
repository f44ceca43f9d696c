import { gradeChip } from "@/components/trust/grade-style";
import { trustAxes, trustGrades } from "@/lib/facts/trust-axes";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { vocabularyTexts } from "@/lib/i18n/vocabulary";

/** How to read the trust model: the grades, then each axis's question and its values, strongest first. */
export function TrustGuide({ locale }: { locale: Locale }) {
  const m = messages(locale);
  const { grades, trustAxes: axes } = vocabularyTexts(locale);
  return (
    <section aria-labelledby="guide" className="flex flex-col gap-4">
      <h2 id="guide" className="text-xl font-semibold">
        {m.trust.guideTitle}
      </h2>
      <p className="max-w-3xl text-slate-700 dark:text-slate-300">{m.trust.guide}</p>
      <ul className="flex flex-wrap gap-2 text-sm" aria-label={m.trust.grades}>
        {trustGrades.map((grade) => (
          <li key={grade.slug} className={`rounded border px-2 py-1 ${gradeChip[grade.slug]}`}>
            <span className="font-medium">{grades[grade.slug]?.name}</span>: {grades[grade.slug]?.description}
          </li>
        ))}
      </ul>
      <div className="grid gap-6 md:grid-cols-2">
        {trustAxes.map((axis, index) => {
          const text = axes[axis.slug]!;
          return (
            <section key={axis.slug} aria-labelledby={`axis-${axis.slug}`}>
              <h3 id={`axis-${axis.slug}`} className="font-semibold">
                {index + 1}. {text.name}: {text.question}
              </h3>
              <p className="text-sm text-slate-600 dark:text-slate-400">{text.description}</p>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                {axis.values.map((value) => (
                  <div key={value.slug} className="contents">
                    <dt>
                      <span
                        className={`inline-block rounded border px-1.5 text-xs ${gradeChip[value.grade]}`}
                      >
                        {text.values[value.slug]?.name}
                      </span>
                    </dt>
                    <dd>
                      {text.values[value.slug]?.description}{" "}
                      <span className="text-slate-600 dark:text-slate-400">
                        ({grades[value.grade]?.name.toLowerCase()})
                      </span>
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
      </div>
    </section>
  );
}
