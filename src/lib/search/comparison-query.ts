// "Akash vs io.net", "compare Render and Golem": whether a query asks for a comparison, and of what names.
// It imports nothing, so the header box can tell a comparison from a search without loading the search code.

// "compare A and B", "comparing A with B", "difference between A and B", "A vs B vs C", "A versus B".
const leadIn =
  /^\s*(?:compare|comparing|comparison of|(?:what is |what's )?(?:the )?differences? between)\s+(.+)$/i;
const listSeparator = /\s*(?:,|&|\+|\s(?:and|with|to|vs\.?|versus)\s)\s*/i;
const versusSeparator = /\s+(?:vs\.?|versus)\s+/i;

/** The project names a comparison query lists, as typed, or undefined when the query asks for no comparison. */
export function comparisonSides(query: string): string[] | undefined {
  const listed = leadIn.exec(query)?.[1];
  const sides = (listed ? listed.split(listSeparator) : query.split(versusSeparator))
    .map((side) => side.trim().replace(/[?!.]+$/, ""))
    .filter(Boolean);
  return sides.length >= 2 ? sides : undefined;
}
