// Field schemas shared by every content type: dates and web addresses, with the rules a reader's safety needs.
import { z } from "zod";

const today = () => new Date().toISOString().slice(0, 10);

export const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

export const pastDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "a date written as YYYY-MM-DD", abort: true })
  .refine(isRealDate, { error: "a real calendar date" })
  .refine((value) => value <= today(), { error: "a date that is not in the future" });

const ipHost = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;
const localHost = /^(?:localhost|.*\.localhost|.*\.local|0\.0\.0\.0)$/i;

/** What is wrong with a URL a reader will follow, as the suggestion a contributor needs; undefined when fine. */
export function webUrlProblem(value: string): string | undefined {
  if (/^http:\/\//i.test(value)) return `an https:// URL: write ${value.replace(/^http:/i, "https:")}`;
  if (!/^https:\/\/[^\s/$.?#][^\s]*$/i.test(value) || !URL.canParse(value)) return "an https:// URL";
  const url = new URL(value);
  if (url.username || url.password) return "a URL without a user name or password";
  if (localHost.test(url.hostname)) return "a public address, not localhost";
  if (ipHost.test(url.hostname)) return "a domain name, not an IP address";
  return undefined;
}

// The pattern travels into the generated JSON Schema; the refinement catches what a pattern cannot.
export const webUrl = z
  .string()
  .regex(/^https:\/\/[^\s/$.?#][^\s]*$/i, {
    error: (issue) => webUrlProblem(String(issue.input)) ?? "an https:// URL",
    abort: true,
  })
  .superRefine((value, context) => {
    const problem = webUrlProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });
