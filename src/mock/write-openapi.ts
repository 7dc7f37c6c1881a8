// Writes openapi.json at the repo root: the document for the default configuration.
// Run with `npm run openapi:write`; a test checks the served one equals it.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format, resolveConfig as prettierConfig } from "prettier";
import { buildOpenApiDocument } from "./core/openapi";
import { resolveConfig } from "./core/resolve";

const target = new URL("../../openapi.json", import.meta.url);
// Formatted as `prettier --check .` expects, so regenerating never breaks the lint.
const filepath = fileURLToPath(target);
const options = (await prettierConfig(filepath)) ?? {};
writeFileSync(
  filepath,
  await format(JSON.stringify(buildOpenApiDocument(resolveConfig())), { ...options, filepath }),
);
process.stdout.write(`wrote ${target.pathname.split("/").slice(-1)[0] ?? "openapi.json"}\n`);
