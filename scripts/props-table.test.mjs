// Every option of useSignupForm and every prop of <SignupForm> has a row in
// the props table of docs/signup-form.md.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const read = (path) => readFileSync(resolve(import.meta.dirname, "..", path), "utf8");

/** The member names of one exported interface, read from its source. */
function members(file, name) {
  const source = read(file);
  const start = source.indexOf(`export interface ${name}`);
  expect(start, `${name} in ${file}`).toBeGreaterThan(-1);
  const body = source.slice(start, source.indexOf("\n}", start));
  return [...body.matchAll(/^ {2}(?:readonly )?([a-zA-Z]+)\??:/gm)].map((match) => match[1]);
}

describe("the props table", () => {
  it("lists every option and prop", () => {
    const table = read("docs/signup-form.md");
    const names = [
      ...members("src/hooks/options.ts", "UseSignupFormOptions"),
      ...members("src/components/types.ts", "SignupFormProps"),
    ];
    expect(names.length).toBeGreaterThan(20);
    const missing = names.filter((name) => !table.includes(`| \`${name}\``));
    expect(missing).toEqual([]);
  });
});
