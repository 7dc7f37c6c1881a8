import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { toEml, type MockEmail } from "../core/verification";

/** The outbox folder that goes with a data file: `accounts.json` → `accounts.outbox/`. */
export function outboxDirFor(dataFile: string): string {
  return dataFile.replace(/\.json$/i, "") + ".outbox";
}

/**
 * Writes every email as an `.eml` file (RFC 5322, opens in any mail client)
 * into `dir`, synchronously, so the file exists before the request that sent
 * it is answered. Names sort by time: `2026-11-23T16-40-00-000Z-<id>.eml`.
 */
export function createOutboxDirSink(dir: string): (email: MockEmail) => void {
  return (email) => {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stamp = email.createdAt.replace(/[:.]/g, "-");
    const id = email.id.replace(/[^A-Za-z0-9_-]/g, "");
    writeFileSync(join(dir, `${stamp}-${id}.eml`), toEml(email), { mode: 0o600 });
  };
}
