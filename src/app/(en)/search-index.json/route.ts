import { searchFileRoute } from "@/app/_pages/search-file";

// Written once at build time; the search page downloads it when search is first used.
export const dynamic = "force-static";
export const GET = searchFileRoute("en");
