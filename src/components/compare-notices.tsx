import { SiteLink } from "@/components/site-link";
import { maxSlugLength, type ProjectRef, type SelectionProblem } from "@/lib/compare/comparison";
import { maxComparedProjects, pagePaths } from "@/lib/site/paths";

type Props = { problems: SelectionProblem[]; chosen: ProjectRef[] };

const shown = (input: string) => (input.length > 60 ? `${input.slice(0, 60)}…` : input);

const listed = (refs: ProjectRef[]) =>
  refs.length === 1
    ? refs[0]!.name
    : `${refs
        .slice(0, -1)
        .map((ref) => ref.name)
        .join(", ")} and ${refs.at(-1)!.name}`;

function Problem({ problem, chosen }: { problem: SelectionProblem; chosen: ProjectRef[] }) {
  const slugs = chosen.map((ref) => ref.slug);
  switch (problem.kind) {
    case "unknown": {
      const { input, suggestion } = problem;
      if (!suggestion) return <>There is no project “{shown(input)}”, nor one with a similar name.</>;
      if (slugs.includes(suggestion.slug))
        return (
          <>
            There is no project “{shown(input)}”. Did you mean {suggestion.name}? It is already in the
            comparison.
          </>
        );
      return (
        <>
          There is no project “{shown(input)}”. Did you mean{" "}
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
      return <>{problem.project.name} was asked for more than once; it is shown once.</>;
    case "tooMany":
      return (
        <>
          A comparison holds at most {maxComparedProjects} projects, so {listed(problem.leftOut)}{" "}
          {problem.leftOut.length === 1 ? "was" : "were"} left out.
        </>
      );
    case "tooLong":
      return (
        <>
          An entry of the address (“{shown(problem.input)}”) is longer than any project&apos;s address (
          {maxSlugLength} characters), so it was not read.
        </>
      );
    case "ignored":
      return (
        <>
          {problem.count} more {problem.count === 1 ? "entry" : "entries"} in the address{" "}
          {problem.count === 1 ? "was" : "were"} not read.
        </>
      );
  }
}

/** What the address asked for that cannot be shown, said plainly, and what to do when too few are chosen. */
export function CompareNotices({ problems, chosen }: Props) {
  return (
    <>
      {problems.length > 0 && (
        <div
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
        >
          <p className="font-semibold">Part of this address could not be used</p>
          <ul className="mt-2 list-disc pl-5">
            {problems.map((problem, index) => (
              <li key={index}>
                <Problem problem={problem} chosen={chosen} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {chosen.length === 0 && (
        <p>Choose two to {maxComparedProjects} projects to see them side by side: type a name below.</p>
      )}
      {chosen.length === 1 && (
        <p>Add at least one more project to compare with {chosen[0]!.name}: type a name below.</p>
      )}
    </>
  );
}
