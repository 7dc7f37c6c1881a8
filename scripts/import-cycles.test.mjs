// The import cycle check: a circle of static imports fails it, type-only ones
// included; an import() back to the loader does not.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const script = resolve(import.meta.dirname, "import-cycles.mjs");
const folders = [];

/** A folder holding `files` (path → text); the check's exit code and output for it. */
function check(files) {
  const folder = mkdtempSync(join(tmpdir(), "import-cycles-"));
  folders.push(folder);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  const run = spawnSync(process.execPath, [script, folder], { encoding: "utf8" });
  return { status: run.status, output: run.stdout + run.stderr };
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("import-cycles", () => {
  it("passes a tree whose imports point one way", () => {
    const result = check({
      "a.ts": 'import { b } from "./b";\nexport const a = b;\n',
      "b.ts": 'export { c as b } from "./lib";\n',
      "lib/index.ts": "export const c = 1;\n",
    });
    expect(result.status).toBe(0);
    expect(result.output).toContain("none among 3 files");
  });

  it("fails a circle closed by a type-only import, and names its edges", () => {
    const result = check({
      "config.ts":
        'import type { Limits } from "./guards";\nexport const TOKEN = "t";\nexport type C = Limits;\n',
      "guards.ts":
        'import { TOKEN } from "./config.js";\nexport interface Limits { max: number }\nexport const t = TOKEN;\n',
    });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/config\.ts -> .*guards\.ts/);
    expect(result.output).toMatch(/guards\.ts -> .*config\.ts/);
  });

  it("lets a chunk loaded with import() name its loader's types", () => {
    const result = check({
      "loader.ts":
        'export interface Seam { x: number }\nexport const load = () => import("./chunk");\n',
      "chunk.ts":
        'import type { Seam } from "./loader";\nexport const use = (seam: Seam) => seam.x;\n',
    });
    expect(result.status).toBe(0);
  });
});
