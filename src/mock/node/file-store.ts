import { randomBytes } from "node:crypto";
import { appendFileSync } from "node:fs";
import { mkdir, open, readFile, readdir, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { AuditEvent } from "../core/logs";
import type { PersistenceAdapter, StoreSnapshot } from "../core/store";

/** Thrown when the data file exists but cannot be used. The file is left untouched. */
export class DataFileError extends Error {
  override name = "DataFileError";
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(
      `The mock's data file ${file} ${reason}. It was left as it is: fix or move it, or start without --data.`,
    );
  }
}

function isSnapshot(value: unknown): value is StoreSnapshot {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return v.version === 1 && Array.isArray(v.accounts) && Array.isArray(v.consents);
}

/**
 * Saves the store as one JSON file. Each save writes a temporary file beside
 * it, fsyncs it, renames it over the old one and fsyncs the folder, so a crash
 * at any moment leaves the old or the new file, never a torn one.
 */
export function createFileStore(file: string): PersistenceAdapter {
  const dir = dirname(file);
  return {
    description: file,
    async load() {
      // Temporary files left by a crash mid-write are never the data; remove them.
      const prefix = `.${basename(file)}.`;
      const stale = await readdir(dir).catch(() => [] as string[]);
      await Promise.all(
        stale
          .filter((name) => name.startsWith(prefix) && name.endsWith(".tmp"))
          .map((name) => unlink(join(dir, name)).catch(() => {})),
      );
      let text: string;
      try {
        text = await readFile(file, "utf8");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw new DataFileError(
          file,
          `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        );
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new DataFileError(file, "is not valid JSON");
      }
      if (!isSnapshot(parsed))
        throw new DataFileError(
          file,
          'is not a signup-kit mock data file ({"version":1,"accounts":[…],"consents":[…]})',
        );
      return parsed;
    },
    async save(snapshot) {
      await mkdir(dir, { recursive: true });
      const temp = join(
        dir,
        `.${basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
      );
      const handle = await open(temp, "w", 0o600);
      try {
        await handle.writeFile(JSON.stringify(snapshot));
        await handle.sync();
      } catch (error) {
        await handle.close();
        await unlink(temp).catch(() => {});
        throw error;
      }
      await handle.close();
      await rename(temp, file);
      // Make the rename itself durable.
      const folder = await open(dir, "r");
      try {
        await folder.sync();
      } catch {
        // Some file systems cannot fsync a directory; the rename is still atomic.
      } finally {
        await folder.close();
      }
    },
  };
}

/** Appends audit events to a JSON-lines file, synchronously so the order is kept. */
export function createAuditFileSink(file: string): (event: AuditEvent) => void {
  return (event) => {
    appendFileSync(file, JSON.stringify(event) + "\n", { mode: 0o600 });
  };
}

/** The audit log that goes with a data file: `accounts.json` → `accounts.audit.jsonl`. */
export function auditFileFor(dataFile: string): string {
  return dataFile.replace(/\.json$/i, "") + ".audit.jsonl";
}
