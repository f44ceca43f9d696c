import { SiteLink } from "@/components/site-link";

export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-3">
        There is no page at this address. It may have been renamed; projects keep their address even when the
        project changes its name.
      </p>
      <p className="mt-3">
        <SiteLink href="/">Browse all categories</SiteLink>
      </p>
    </div>
  );
}

export const metadata = {
  title: "Page not found",
  description: "There is no page at this address in DeAI Atlas.",
};
