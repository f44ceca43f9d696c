// Every spelling and synonym entry of src/lib/search/word-variants.ts changes something and can find something.
import { stemmer } from "stemmer";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { conceptsIn, termOf, termsOf } from "@/lib/search/terms";
import { isStopWord, wordsOf } from "@/lib/search/text";
import { spellingVariants, synonymGroups } from "@/lib/search/word-variants";

const { projects, categories } = loadContent();
const contentTexts = [
  ...projects.map((project) => [project.name, ...project.aliases, project.tagline, project.body].join("\n")),
  ...categories.map((category) => `${category.name}\n${category.body}`),
];
const contentTerms = new Set(contentTexts.flatMap(termsOf));

describe("spelling variants", () => {
  it("are needed: the stemmer alone keeps the two spellings apart", () => {
    const needless = spellingVariants.filter(([british, american]) => stemmer(british) === stemmer(american));
    expect(needless).toEqual([]);
  });

  it("make the two spellings, and their inflected forms, one term", () => {
    const endings = ([british, american]: readonly [string, string]) =>
      british.endsWith("ise")
        ? [
            ["ised", "ized"],
            ["ising", "izing"],
            ["isation", "ization"],
          ].map(([from, to]) => [british.replace(/ise$/, from!), american.replace(/ize$/, to!)])
        : [[`${british}s`, `${american}s`]];
    const apart = spellingVariants.flatMap((pair) =>
      [pair, ...endings(pair)].filter(([british, american]) => termOf(british!) !== termOf(american!)),
    );
    expect(apart).toEqual([]);
  });

  it("are listed once, never chained, and each can find a word the content uses", () => {
    const britishStems = spellingVariants.map(([british]) => stemmer(british));
    expect(new Set(britishStems).size).toBe(britishStems.length);
    expect(spellingVariants.filter(([, american]) => britishStems.includes(stemmer(american)))).toEqual([]);
    expect(spellingVariants.filter(([, american]) => !contentTerms.has(termOf(american)))).toEqual([]);
  });
});

describe("synonym groups", () => {
  const alternatives = synonymGroups.flat();

  it("have two or more members, each with a word that is not a stop word", () => {
    expect(synonymGroups.filter((group) => group.length < 2)).toEqual([]);
    expect(alternatives.filter((phrase) => wordsOf(phrase).every(isStopWord))).toEqual([]);
  });

  it("hold each phrase once, across all groups, after word forms and spellings", () => {
    const keys = alternatives.map((phrase) => termsOf(phrase).join(" "));
    expect(keys.filter((key, at) => keys.indexOf(key) !== at)).toEqual([]);
  });

  it("each find a project, category or description that uses one of their phrases", () => {
    const found = new Set(contentTexts.flatMap((text) => conceptsIn(termsOf(text))));
    const unused = synonymGroups.filter((group) => !found.has(conceptsIn(termsOf(group[0]!))[0]!));
    expect(unused).toEqual([]);
  });

  it("never join words that only look alike", () => {
    // Fuzzy matching keeps "gpu" and "cpu" apart; a synonym group must not join them either.
    const joined = synonymGroups.filter(
      (group) =>
        group.some((phrase) => /\bgpu\b/.test(phrase)) && group.some((phrase) => /\bcpu\b/.test(phrase)),
    );
    expect(joined).toEqual([]);
  });
});
