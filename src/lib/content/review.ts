// When a project's facts count as possibly out of date.

export const staleAfterDays = 180;

const dayInMs = 24 * 60 * 60 * 1000;

export function daysSince(date: string, today: Date): number {
  return Math.floor((today.getTime() - new Date(`${date}T00:00:00Z`).getTime()) / dayInMs);
}

/** Whole days from one YYYY-MM-DD date to a later one (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) => daysSince(from, new Date(`${to}T00:00:00Z`));

/** True once the last review is more than `staleAfterDays` days before `today` (the build date on the site). */
export const isStale = (lastReviewed: string, today: Date = new Date()) =>
  daysSince(lastReviewed, today) > staleAfterDays;
