// Projects named in the source article that have no page because no public source could be found for them.

export type UnverifiedProject = { slug: string; name: string; sourceSection: string; reason: string };

export const unverifiedProjects: readonly UnverifiedProject[] = [];
