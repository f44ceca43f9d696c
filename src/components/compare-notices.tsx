"use client";

import { SiteLink } from "@/components/site-link";
import { useMessages } from "@/components/use-messages";
import { maxSlugLength, type ProjectRef, type SelectionProblem } from "@/lib/compare/comparison";
import { format, type ClientMessages } from "@/lib/i18n/messages/client-en";
import { maxComparedProjects, pagePaths } from "@/lib/site/paths";

type Props = { problems: SelectionProblem[]; chosen: ProjectRef[] };
type Texts = ClientMessages["compare"];

const shown = (input: string) => (input.length > 60 ? `${input.slice(0, 60)}…` : input);

const listed = (refs: ProjectRef[], and: string) =>
  refs.length === 1
    ? refs[0]!.name
    : `${refs
        .slice(0, -1)
        .map((ref) => ref.name)
        .join(", ")}${and}${refs.at(-1)!.name}`;

function Problem({ problem, chosen, t }: { problem: SelectionProblem; chosen: ProjectRef[]; t: Texts }) {
  const slugs = chosen.map((ref) => ref.slug);
  switch (problem.kind) {
    case "unknown": {
      const { suggestion } = problem;
      const input = shown(problem.input);
      if (!suggestion) return <>{format(t.unknownNoSuggestion, { input })}</>;
      if (slugs.includes(suggestion.slug))
        return <>{format(t.unknownAlreadyIn, { input, name: suggestion.name })}</>;
      return (
        <>
          {format(t.unknownDidYouMean, { input })}
          {slugs.length < maxComparedProjects ? (
            <SiteLink href={pagePaths.compare([...slugs, suggestion.slug])}>{suggestion.name}</SiteLink>
          ) : (
            suggestion.name
          )}
          ?
        </>
      );
    }
    case "duplicate":
      return <>{format(t.duplicate, { name: problem.project.name })}</>;
    case "tooMany":
      return (
        <>
          {format(problem.leftOut.length === 1 ? t.tooManyOne : t.tooMany, {
            max: maxComparedProjects,
            names: listed(problem.leftOut, t.and),
          })}
        </>
      );
    case "tooLong":
      return <>{format(t.tooLong, { input: shown(problem.input), max: maxSlugLength })}</>;
    case "ignored":
      return <>{problem.count === 1 ? t.ignoredOne : format(t.ignored, { count: problem.count })}</>;
  }
}

/** What the address asked for that cannot be shown, said plainly, and what to do when too few are chosen. */
export function CompareNotices({ problems, chosen }: Props) {
  const t = useMessages().compare;
  return (
    <>
      {problems.length > 0 && (
        <div
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
        >
          <p className="font-semibold">{t.problemsHeading}</p>
          <ul className="mt-2 list-disc pl-5">
            {problems.map((problem, index) => (
              <li key={index}>
                <Problem problem={problem} chosen={chosen} t={t} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {chosen.length === 0 && <p>{format(t.chooseTwo, { max: maxComparedProjects })}</p>}
      {chosen.length === 1 && <p>{format(t.addOneMore, { name: chosen[0]!.name })}</p>}
    </>
  );
}
