import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "@/lib/publish/csv";

describe("toCsv", () => {
  it("ends every line with CRLF and leaves plain fields unquoted", () => {
    expect(
      toCsv([
        ["Fact", "Akash Network"],
        ["Token", "AKT"],
      ]),
    ).toBe("Fact,Akash Network\r\nToken,AKT\r\n");
  });

  it("quotes fields with commas, quotes and line breaks, doubling the quotes", () => {
    expect(toCsv([["a,b", 'say "hi"', "two\nlines", "cr\rhere", ""]])).toBe(
      '"a,b","say ""hi""","two\nlines","cr\rhere",\r\n',
    );
  });

  it("keeps leading and trailing spaces as they are", () => {
    expect(toCsv([[" padded "]])).toBe(" padded \r\n");
  });

  it("writes nothing for no rows", () => {
    expect(toCsv([])).toBe("");
  });
});

describe("parseCsv", () => {
  const awkward = [
    ["Fact", "Name, with comma", 'Quote "inside"'],
    ["Links", "Docs: https://a.test\nGitHub: https://b.test", ""],
    ["", "ünïcode ✓", '"'],
  ];

  it("reads back exactly what toCsv wrote", () => {
    expect(parseCsv(toCsv(awkward))).toEqual(awkward);
  });

  it("accepts LF line ends and a last line without one", () => {
    expect(parseCsv("a,b\nc,d")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("rejects text that ends inside quotes", () => {
    expect(() => parseCsv('"open')).toThrow("inside a quoted field");
  });
});
