// The layer rules in eslint.config.js bite: a wrong-way import (or a browser
// global in pure code) is an error naming the rule; the right-way import is clean.
import { ESLint } from "eslint";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: "eslint.config.js" });
});

/** Lints `code` as if it were the file `path` (the file need not exist). */
async function lint(path: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return (result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message }));
}

const PATHS = "import-x/no-restricted-paths";

describe("layer rules", () => {
  it("core/ may not import hooks/, i18n/ or a feature, however the path is written", async () => {
    const messages = await lint(
      "src/core/probe.ts",
      [
        'import type { UseSignupFormOptions } from "../hooks/types";',
        'export type { Messages } from "../i18n";',
        'export { captchaEn } from "../captcha/messages";',
        'export const lazy = () => import("../../src/components/Field");',
        "export type Options = UseSignupFormOptions;",
      ].join("\n"),
    );
    expect(messages.map((m) => [m.ruleId, m.message.match(/"([^"]+)"/)?.[1]])).toEqual([
      [PATHS, "../hooks/types"],
      [PATHS, "../i18n"],
      [PATHS, "../captcha/messages"],
      [PATHS, "../../src/components/Field"],
    ]);
    expect(messages[0]?.message).toContain("core/ is pure logic");
  });

  it("core/ may import contract/ and itself", async () => {
    const messages = await lint(
      "src/core/probe.ts",
      [
        'import type { NormalizedField } from "../contract/types";',
        'import { format } from "./template";',
        "export const label = (field: NormalizedField) => format(field.label);",
      ].join("\n"),
    );
    expect(messages).toEqual([]);
  });

  it("core/ reads no browser state", async () => {
    const messages = await lint(
      "src/core/probe.ts",
      [
        "export const page = () => location.href;",
        'export const kept = () => sessionStorage.getItem("k");',
        "export const get = () => globalThis.fetch;",
      ].join("\n"),
    );
    expect(messages.map((m) => m.ruleId)).toEqual([
      "no-restricted-globals",
      "no-restricted-globals",
      "no-restricted-properties",
    ]);
  });

  it("client/ words nothing: it may not import i18n/ or hooks/", async () => {
    const messages = await lint(
      "src/client/probe.ts",
      [
        'import { format } from "../i18n/format";',
        'import type { PostOutcome } from "../hooks/postSignup";',
        "export const say = (outcome: PostOutcome) => format(String(outcome.ok));",
      ].join("\n"),
    );
    expect(messages.map((m) => m.ruleId)).toEqual([PATHS, PATHS]);
  });

  it("i18n/ does not assemble the catalogue from the features", async () => {
    const messages = await lint(
      "src/i18n/probe.ts",
      'export { verifyEn } from "../verify/messages";\nexport { en } from "../en";',
    );
    expect(messages.map((m) => m.ruleId)).toEqual([PATHS, PATHS]);
  });

  it("contract/ imports no other layer", async () => {
    const messages = await lint(
      "src/contract/probe.ts",
      'export { wirePath } from "../core/names";',
    );
    expect(messages.map((m) => m.ruleId)).toEqual([PATHS]);
  });

  it("the mock imports shared rules from contract/, never from a UI feature", async () => {
    const wrong = await lint(
      "src/mock/core/probe.ts",
      'export { validateMetadata } from "../../registration/index";\nexport { AgeGate } from "../../age-gate/AgeGate";',
    );
    expect(wrong.map((m) => m.ruleId)).toEqual([PATHS, PATHS]);
    expect(wrong[0]?.message).toContain("mock/ is a server");
    const right = await lint(
      "src/mock/core/probe.ts",
      'export { validateMetadata } from "../../contract/clientMetadata";\nexport { checkAge } from "../../contract/age";',
    );
    expect(right).toEqual([]);
  });

  it("upper layers may import lower ones", async () => {
    const messages = await lint(
      "src/components/probe.ts",
      'export type { UseSignupFormReturn } from "../hooks/types";\nexport { format } from "../i18n/format";',
    );
    expect(messages).toEqual([]);
  });
});
