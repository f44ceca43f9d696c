import { SiteLink } from "@/components/site-link";
import type { Bar } from "@/lib/browse/stats";

const cell = "border-b border-slate-200 py-1.5 pr-6 dark:border-slate-700";

type Props = { bars: Bar[]; heading: string; caption: string; countHeading: string };

export function CountTable({ bars, heading, caption, countHeading }: Props) {
  return (
    <table className="text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${cell} text-left`}>
            {heading}
          </th>
          <th scope="col" className={`${cell} text-right`}>
            {countHeading}
          </th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.key}>
            <th scope="row" className={`${cell} text-left font-normal`}>
              {bar.href ? <SiteLink href={bar.href}>{bar.label}</SiteLink> : bar.label}
            </th>
            <td className={`${cell} text-right tabular-nums`}>{bar.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
