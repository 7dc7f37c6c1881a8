// Global teardown of the e2e layer: every answer the standalone mock server
// gave during the run (recorded with `--record`) is checked against the
// OpenAPI document that was in force when it was sent. Anything the document
// does not describe fails the run.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { checkExchange, type Exchange } from "../../tools/openapi-responses";

export default function checkMockTraffic(): void {
  const file = process.env.E2E_MOCK_RECORD;
  if (!file || !existsSync(file)) throw new Error("The mock server's recording is missing.");
  let document: Record<string, unknown> | undefined;
  let checked = 0;
  const problems = new Set<string>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line) continue;
    const entry = JSON.parse(line) as { document?: Record<string, unknown>; exchange?: Exchange };
    if (entry.document) document = entry.document;
    if (!entry.exchange) continue;
    if (!document) throw new Error("The recording holds an answer before any document.");
    checked += 1;
    for (const problem of checkExchange(document, entry.exchange)) problems.add(problem);
  }
  rmSync(file, { force: true });
  if (problems.size > 0)
    throw new Error(
      `The mock answered ${problems.size} kind(s) of response that openapi.json does not describe:\n  ${[...problems].join("\n  ")}`,
    );
  process.stdout.write(`Mock traffic: ${checked} answers match openapi.json.\n`);
}
