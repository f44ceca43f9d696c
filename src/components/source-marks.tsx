/** Footnote links to the numbered sources of the page (`#source-3`), each at least 24 px for a finger. */
export function SourceMarks({
  numbers,
  idPrefix = "source",
}: {
  numbers: readonly number[];
  idPrefix?: string;
}) {
  return numbers.map((number) => (
    <a
      key={number}
      href={`#${idPrefix}-${number}`}
      aria-label={`source ${number}`}
      className="ml-0.5 inline-block min-h-6 min-w-6 text-center text-xs leading-6"
    >
      [{number}]
    </a>
  ));
}
