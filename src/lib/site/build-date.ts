// The day the site is built: prices and reviews are aged against it, so a page says how old a fact was when built.
export const buildDate = new Date().toISOString().slice(0, 10);
