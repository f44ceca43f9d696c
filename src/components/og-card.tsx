import { hueOf, monogram } from "@/lib/browse/monogram";
import { siteName } from "@/lib/site/urls";

export const ogSize = { width: 1200, height: 630 };

/** The Open Graph picture of a page, rendered by next/og at build time (inline styles only: satori has no CSS). */
export function OgCard({ title, subtitle, slug }: { title: string; subtitle: string; slug: string }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "#0f172a",
        color: "#f8fafc",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 32 }}>
        <div
          style={{
            width: 120,
            height: 120,
            borderRadius: 24,
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            fontSize: 56,
            background: `hsl(${hueOf(slug)} 50% 38%)`,
          }}
        >
          {monogram(title)}
        </div>
        <div style={{ fontSize: 72 }}>{title}</div>
      </div>
      <div style={{ fontSize: 36, color: "#cbd5e1", lineHeight: 1.3 }}>{subtitle}</div>
      <div
        style={{ fontSize: 28, color: "#93c5fd" }}
      >{`${siteName} · a sourced map of decentralized AI`}</div>
    </div>
  );
}
