// When the site is built: prices and reviews are aged against this day, and feeds and the API carry the time.
export const buildTime = new Date().toISOString();
export const buildDate = buildTime.slice(0, 10);
