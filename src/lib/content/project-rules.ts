// Rules that tie several fields of one project file together: citations, evidence of life, token and chains.
import { citedFactKeys, type CitedFactKey } from "../facts/registry";
import { trustAxes } from "../facts/trust-axes";
import { daysBetween } from "./review";
import type { ProjectFrontmatter } from "./schema";

export type FieldProblem = { field: string; message: string };

/** A status that claims the project runs today needs a dated sign of life this recent (before lastReviewed). */
export const maxDaysSinceActivity = 365;
const operatingStatuses: ReadonlySet<string> = new Set(["active", "renamed"]);

const isStated = (project: ProjectFrontmatter, fact: CitedFactKey) => {
  const value = project[fact];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
};

function sourceNumberProblems(field: string, numbers: readonly number[], sourceCount: number): FieldProblem[] {
  return numbers.flatMap((number, index) =>
    number > sourceCount
      ? [
          {
            field: `${field}[${index}]`,
            message: `source ${number} does not exist; this file has ${sourceCount} sources`,
          },
        ]
      : [],
  );
}

function citationProblems(project: ProjectFrontmatter): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const fact of citedFactKeys) {
    const numbers = project.citations[fact];
    // Deployments cite per entry; only `deployments: none` is cited as a whole.
    const needsCitation = fact === "deployments" ? project.deployments === "none" : isStated(project, fact);
    if (needsCitation && !numbers)
      problems.push({
        field: `citations.${fact}`,
        message: `"${fact}" is stated but cites no source; list the numbers of the sources that support it`,
      });
    if (!needsCitation && numbers)
      problems.push({
        field: `citations.${fact}`,
        message:
          fact === "deployments" && isStated(project, fact)
            ? "each deployment cites its own sources; cite deployments as a whole only when it is none"
            : `cites sources for "${fact}", which this file does not state`,
      });
    problems.push(...sourceNumberProblems(`citations.${fact}`, numbers ?? [], project.sources.length));
  }
  if (Array.isArray(project.deployments))
    project.deployments.forEach((entry, index) =>
      problems.push(
        ...sourceNumberProblems(`deployments[${index}].sources`, entry.sources, project.sources.length),
      ),
    );
  for (const axis of trustAxes)
    problems.push(
      ...sourceNumberProblems(
        `trust.${axis.slug}.sources`,
        project.trust?.[axis.slug].sources ?? [],
        project.sources.length,
      ),
    );
  return problems;
}

function repeatedSourceProblems(project: ProjectFrontmatter): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Map<string, number>();
  project.sources.forEach((source, index) => {
    const first = seen.get(source.url);
    if (first !== undefined)
      problems.push({
        field: `sources[${index}].url`,
        message: `repeats the URL of sources[${first}]; each source must be a different page`,
      });
    else seen.set(source.url, index);
  });
  return problems;
}

function activityProblems(project: ProjectFrontmatter): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const age = daysBetween(project.activity.date, project.lastReviewed);
  if (age < 0)
    problems.push({
      field: "activity.date",
      message: `${project.activity.date} is after lastReviewed (${project.lastReviewed}); the review date is when the file was last checked`,
    });
  if (operatingStatuses.has(project.status) && age > maxDaysSinceActivity)
    problems.push({
      field: "activity.date",
      message: `status is "${project.status}" but the newest sign of life (${project.activity.date}) is ${age} days before lastReviewed; find a dated sign from the last ${maxDaysSinceActivity} days, or set status: inactive and say in the body since when nothing was seen`,
    });
  return problems;
}

function tokenProblems(project: ProjectFrontmatter): FieldProblem[] {
  if (project.token === "none" && project.tokenLaunched !== undefined && project.tokenLaunched !== "none")
    return [
      {
        field: "tokenLaunched",
        message: `is ${project.tokenLaunched} but token is none; write tokenLaunched: none or leave it out`,
      },
    ];
  if (project.tokenLaunched === "none" && project.token !== "none")
    return [
      { field: "tokenLaunched", message: "is none but the file names a token; give the year it first traded" },
    ];
  return [];
}

function deploymentProblems(project: ProjectFrontmatter): FieldProblem[] {
  if (!Array.isArray(project.deployments)) return [];
  const seen = new Map<string, number>();
  return project.deployments.flatMap((entry, index) => {
    const key = `${entry.chain}/${entry.role}/${entry.address ?? ""}`.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return [];
    }
    return [{ field: `deployments[${index}]`, message: `repeats deployments[${first}]; list each one once` }];
  });
}

/** Every cross-field problem of a file that passed its schema, all at once. */
export function projectRuleProblems(project: ProjectFrontmatter): FieldProblem[] {
  return [
    ...citationProblems(project),
    ...repeatedSourceProblems(project),
    ...activityProblems(project),
    ...tokenProblems(project),
    ...deploymentProblems(project),
  ];
}
