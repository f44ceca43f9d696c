// The rows of the /trust/ table in an edition, built at build time: names of values and the rosettes' labels in
// the reader's language, so the browser needs no dictionary.
import type { Project } from "../content/schema";
import { gradeOf, trustAxes, type TrustAxisSlug, type TrustGrade } from "../facts/trust-axes";
import type { Locale } from "../i18n/locales";
import { messages } from "../i18n/messages";
import { termName, vocabularyTexts } from "../i18n/vocabulary";
import { compareText } from "../text/order";
import type { TrustCell, TrustTableRow } from "./table";

/** "Verification reputation (weaker), supply …": what the rosette says to a screen reader. */
export function rosetteLabel(
  locale: Locale,
  ratings: readonly { axis: string; valueName: string; grade: TrustGrade }[],
  projectName?: string,
): string {
  const axes = vocabularyTexts(locale).trustAxes;
  return messages(locale).trust.rosetteLabel(
    projectName,
    ratings
      .map(
        (rating) =>
          `${axes[rating.axis]?.name ?? rating.axis} ${rating.valueName.toLowerCase()} (${termName(locale, "grades", rating.grade).toLowerCase()})`,
      )
      .join(", "),
  );
}

export function trustTableRows(projects: readonly Project[], locale: Locale = "en"): TrustTableRow[] {
  const axes = vocabularyTexts(locale).trustAxes;
  const unknown = messages(locale).trust.unknown;
  return projects
    .filter((project) => project.trust)
    .map((project) => {
      const cells = Object.fromEntries(
        trustAxes.map((axis) => {
          const value = project.trust![axis.slug].value;
          const name = value === "unknown" ? unknown : (axes[axis.slug]?.values[value]?.name ?? value);
          return [axis.slug, { value, name, grade: gradeOf(axis.slug, value) }];
        }),
      ) as Record<TrustAxisSlug, TrustCell>;
      const ratings = trustAxes.map((axis) => ({
        axis: axis.slug,
        valueName: cells[axis.slug].name,
        grade: cells[axis.slug].grade,
      }));
      return {
        slug: project.slug,
        name: project.name,
        category: project.category,
        cells,
        rosetteLabel: rosetteLabel(locale, ratings, project.name),
      };
    })
    .sort((a, b) => compareText(a.name, b.name));
}
