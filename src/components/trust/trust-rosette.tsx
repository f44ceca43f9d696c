import { gradeFill } from "@/components/trust/grade-style";
import type { TrustGrade } from "@/lib/facts/trust-axes";
import { rosettePetals } from "@/lib/trust/rosette";

type Props = {
  /** One entry per axis, in the order of trustAxes: the value's name and its grade. */
  ratings: readonly { axis: string; valueName: string; grade: TrustGrade }[];
  size?: number;
  /** The text alternative, reading every axis with its value and grade (see rosetteLabel). */
  label: string;
};

/** Five petals drawn at build time, with the text alternative it is given. */
export function TrustRosette({ ratings, size = 120, label }: Props) {
  const petals = rosettePetals(ratings, size);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={size}
      height={size}
      className="shrink-0"
    >
      <circle
        cx={size / 2}
        cy={size / 2}
        r={size / 2 - 14}
        className="fill-none stroke-slate-200 dark:stroke-slate-700"
      />
      {petals.map((petal) => (
        <path key={petal.axis} d={petal.path} className={gradeFill[petal.grade]} />
      ))}
      {size >= 100 &&
        petals.map((petal, index) => (
          <text
            key={petal.axis}
            x={petal.labelX}
            y={petal.labelY}
            textAnchor="middle"
            dominantBaseline="middle"
            aria-hidden="true"
            className="fill-slate-700 text-[9px] dark:fill-slate-300"
          >
            {index + 1}
          </text>
        ))}
    </svg>
  );
}
