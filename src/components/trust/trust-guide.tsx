import { gradeChip } from "@/components/trust/grade-style";
import { trustAxes, trustGrades } from "@/lib/facts/trust-axes";

/** How to read the trust model: the grades, then each axis's question and its values, strongest first. */
export function TrustGuide() {
  return (
    <section aria-labelledby="guide" className="flex flex-col gap-4">
      <h2 id="guide" className="text-xl font-semibold">
        How to read it
      </h2>
      <p className="max-w-3xl text-slate-700 dark:text-slate-300">
        Each rated project answers five questions. Every answer is a value from a fixed list, a sentence or
        two saying why, and the sources it rests on; where no source we could read settles it, the answer is
        “unknown”, with what was looked for. Grades are about how much a buyer must trust someone, not about
        how good the project is.
      </p>
      <ul className="flex flex-wrap gap-2 text-sm" aria-label="Grades">
        {trustGrades.map((grade) => (
          <li key={grade.slug} className={`rounded border px-2 py-1 ${gradeChip[grade.slug]}`}>
            <span className="font-medium">{grade.name}</span>: {grade.description}
          </li>
        ))}
      </ul>
      <div className="grid gap-6 md:grid-cols-2">
        {trustAxes.map((axis, index) => (
          <section key={axis.slug} aria-labelledby={`axis-${axis.slug}`}>
            <h3 id={`axis-${axis.slug}`} className="font-semibold">
              {index + 1}. {axis.name}: {axis.question}
            </h3>
            <p className="text-sm text-slate-600 dark:text-slate-400">{axis.description}</p>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              {axis.values.map((value) => (
                <div key={value.slug} className="contents">
                  <dt>
                    <span className={`inline-block rounded border px-1.5 text-xs ${gradeChip[value.grade]}`}>
                      {value.name}
                    </span>
                  </dt>
                  <dd>
                    {value.description}{" "}
                    <span className="text-slate-600 dark:text-slate-400">({value.grade})</span>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </section>
  );
}
