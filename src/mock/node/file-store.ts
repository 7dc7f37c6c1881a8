import { randomBytes } from "node:crypto";
import { appendFileSync, closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import {
  access,
  constants,
  mkdir,
  open,
  readFile,
  readdir,
  rename,
  unlink,
} from "node:fs/promises";
import { hostname } from "node:os";
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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown): boolean => typeof value === "string";
const isTextOrNull = (value: unknown): boolean => value === null || typeof value === "string";

/** Checks every entry's shape; returns what is wrong with the first bad one. */
function entryProblem(snapshot: StoreSnapshot): string | undefined {
  const ids = new Set<string>();
  for (const [i, account] of (snapshot.accounts as unknown[]).entries()) {
    const a = account as Record<string, unknown>;
    const bad = !isObject(account)
      ? "is not an object"
      : ((
          [
            "id",
            "href",
            "username",
            "email",
            "fullName",
            "createdAt",
            "modifiedAt",
            "passwordHash",
          ] as const
        ).find((key) => !isText(a[key])) ??
        (["givenName", "middleName", "surname"] as const).find((key) => !isTextOrNull(a[key])) ??
        (!["ENABLED", "UNVERIFIED", "DISABLED"].includes(a.status as string)
          ? "status"
          : !["UNVERIFIED", "VERIFIED", "UNKNOWN"].includes(a.emailVerificationStatus as string)
            ? "emailVerificationStatus"
            : !isObject(a.customData)
              ? "customData"
              : ids.has(a.id as string)
                ? "id (a duplicate)"
                : undefined));
    if (bad) return `accounts[${i}] ${bad === "is not an object" ? bad : `has a bad ${bad}`}`;
    ids.add(a.id as string);
  }
  for (const [i, consent] of (snapshot.consents as unknown[]).entries()) {
    if (!isObject(consent) || !isText(consent.accountId) || !isText(consent.recordedAt))
      return `consents[${i}] is not a consent record`;
  }
  const lists = ["verificationTokens", "oauthClients"] as const;
  for (const key of lists) {
    const list = (snapshot as unknown as Record<string, unknown>)[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) return `${key} is not a list`;
    const index = list.findIndex((entry) => !isObject(entry));
    if (index >= 0) return `${key}[${index}] is not an object`;
  }
  const tokens = (snapshot.verificationTokens ?? []) as unknown as Array<Record<string, unknown>>;
  const badToken = tokens.findIndex(
    (t) => !isText(t.hash) || !isText(t.accountId) || !isText(t.expiresAt),
  );
  if (badToken >= 0) return `verificationTokens[${badToken}] is not a verification token`;
  const clients = (snapshot.oauthClients ?? []) as unknown as Array<Record<string, unknown>>;
  const badClient = clients.findIndex((c) => !isText(c.client_id));
  if (badClient >= 0) return `oauthClients[${badClient}] has no client_id`;
  return undefined;
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
      const problem = entryProblem(parsed);
      if (problem)
        throw new DataFileError(file, `is not a valid signup-kit mock data file: ${problem}`);
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

/** The lock file that goes with a data file: `accounts.json` → `accounts.json.lock`. */
export function lockFileFor(dataFile: string): string {
  return `${dataFile}.lock`;
}

interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the data file for this process: creates `<file>.lock` exclusively
 * (O_EXCL) with this process's id. A lock whose process is gone (on this
 * machine) is stale and taken over; a live one refuses, naming its holder.
 * Returns the release function (also run at process exit).
 */
export async function lockDataFile(file: string): Promise<() => void> {
  await mkdir(dirname(file), { recursive: true });
  const lock = lockFileFor(file);
  const mine: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(lock, "wx", 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST")
        throw new DataFileError(
          file,
          `cannot be locked (${(error as NodeJS.ErrnoException).code ?? String(error)} on ${lock})`,
        );
      let holder: Partial<LockHolder> = {};
      try {
        holder = JSON.parse(readFileSync(lock, "utf8")) as Partial<LockHolder>;
      } catch {
        // Half-written or foreign: treat as stale only if it stays unreadable.
        await new Promise((resolve) => setTimeout(resolve, 50));
        try {
          holder = JSON.parse(readFileSync(lock, "utf8")) as Partial<LockHolder>;
        } catch {
          holder = {};
        }
      }
      const sameHost = holder.host === hostname();
      const stale = typeof holder.pid !== "number" || (sameHost && !isAlive(holder.pid));
      if (stale) {
        try {
          unlinkSync(lock);
        } catch {
          // Another process took it over first; try again.
        }
        continue;
      }
      throw new Error(
        `The mock's data file ${file} is in use by another signup-kit-mock (process ${String(holder.pid)} on ${String(holder.host)}, since ${String(holder.since)}). Stop that server first, or use another --data file. Two servers on one file would lose accounts.`,
      );
    }
    writeSync(fd, JSON.stringify(mine));
    closeSync(fd);
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      process.off("exit", release);
      try {
        const current = JSON.parse(readFileSync(lock, "utf8")) as Partial<LockHolder>;
        if (current.pid === mine.pid && current.since === mine.since) unlinkSync(lock);
      } catch {
        // Already gone.
      }
    };
    process.on("exit", release);
    return release;
  }
  throw new DataFileError(file, `cannot be locked (${lock} keeps changing)`);
}

/**
 * Refuses to start when the data file's folder, the audit log or the outbox
 * folder cannot be written: better a clear message now than a failed write
 * after a signup was acknowledged.
 */
export async function checkWritable(
  dataFile: string,
  auditFile: string,
  outboxDir: string,
): Promise<void> {
  const problem = async (what: string, path: string, run: () => Promise<void>): Promise<void> => {
    try {
      await run();
    } catch (error) {
      throw new Error(
        `signup-kit-mock cannot write its ${what} ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}). Fix the permissions or choose another --data file.`,
      );
    }
  };
  await problem("data folder", dirname(dataFile), () => access(dirname(dataFile), constants.W_OK));
  await problem("audit log", auditFile, async () => {
    const handle = await open(auditFile, "a", 0o600);
    await handle.close();
  });
  await problem("outbox folder", outboxDir, async () => {
    await mkdir(outboxDir, { recursive: true, mode: 0o700 });
    await access(outboxDir, constants.W_OK);
  });
}
