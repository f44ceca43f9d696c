import Ajv2020 from "ajv/dist/2020";
import matter from "gray-matter";
import yaml from "js-yaml";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectJsonSchema } from "@/lib/publish/open-data";

const projectsDir = path.resolve("content/projects");
const frontmatterOf = (file: string) =>
  matter(readFileSync(path.join(projectsDir, file), "utf8"), {
    engines: { yaml: (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object },
  }).data;

const validate = new Ajv2020({ strict: false }).compile(projectJsonSchema());

describe("the generated JSON Schema", () => {
  it.each(readdirSync(projectsDir).filter((file) => !file.startsWith("_")))("accepts %s", (file) => {
    expect(validate(frontmatterOf(file)), JSON.stringify(validate.errors)).toBe(true);
  });

  it("rejects broken frontmatter: an unknown chain, a missing name, an unknown field, a javascript: URL", () => {
    const valid = frontmatterOf(readdirSync(projectsDir).find((file) => !file.startsWith("_"))!);
    const broken = [
      { ...valid, chains: ["solanna"] },
      { ...valid, name: undefined },
      { ...valid, websiet: "https://x.test" },
      { ...valid, website: "javascript:alert(1)" },
    ];
    for (const frontmatter of broken) {
      expect(validate(JSON.parse(JSON.stringify(frontmatter)))).toBe(false);
    }
  });
});
