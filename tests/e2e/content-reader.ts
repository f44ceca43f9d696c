// Reads the real content for e2e expectations, through the same loader the site uses.
import { loadContent } from "../../src/lib/content/load";

export const content = loadContent();
