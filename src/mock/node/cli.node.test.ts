// The CLI as users run it (TypeScript loaded by tsx inside the one node
// process, so no build is needed and the process we signal is the one that
// serves), including a kill -9 in the middle of writes.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = new URL("../../../", import.meta.url).pathname;
const cli = join(root, "src/mock/cli.ts");
const adminToken = "cli-test-admin-token-0123456789";
const dir = mkdtempSync(join(tmpdir(), "signup-kit-mock-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Running {
  child: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

function run(args: string[]): Running & { started: Promise<string> } {
  // `node --import tsx`, not the tsx wrapper: the wrapper runs the server in a
  // child process, and a signal sent to the wrapper would leave that child alive.
  const child = spawn(
    process.execPath,
    ["--import", "tsx", cli, "--port", "0", "--admin-token", adminToken, ...args],
    { stdio: ["ignore", "pipe", "pipe"], cwd: root },
  );
  let stdout = "";
  let stderr = "";
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stderr: string;
  }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stderr })));
  const started = new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    void exited.then(() => reject(new Error(`exited before listening: ${stderr}`)));
  });
  const running = { child, url: "", exited, started };
  return running;
}

/** True while a process with this id exists. */
function alive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("signup-kit-mock CLI", () => {
  it("prints its URL and the scenarios, and stops cleanly on SIGTERM", async () => {
    const server = run([]);
    const url = await server.started;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${url}/__mock/health`)).status).toBe(200);
    server.child.kill("SIGTERM");
    expect((await server.exited).code).toBe(0);
  });

  it("refuses a corrupt data file, names it, and leaves it untouched", async () => {
    const file = join(dir, "corrupt.json");
    writeFileSync(file, '{"version":1,"accounts":[');
    const server = run(["--data", file]);
    await expect(server.started).rejects.toThrow();
    const result = await server.exited;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(file);
    expect(readFileSync(file, "utf8")).toBe('{"version":1,"accounts":[');
  });

  it("--stormpath-version 4 answers a duplicate email as express-stormpath 4.0.0 does", async () => {
    const bad = run(["--stormpath-version", "5"]);
    await expect(bad.started).rejects.toThrow();
    expect((await bad.exited).code).toBe(2);
    const server = run(["--stormpath-version", "4"]);
    const url = await server.started;
    const signup = () =>
      fetch(`${url}/register`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({
          givenName: "A",
          surname: "B",
          email: "dup@example.com",
          password: "correct horse battery",
        }),
      });
    expect((await signup()).status).toBe(200);
    const again = await signup();
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({
      status: 400,
      message: "An account with that email address already exists.",
    });
    server.child.kill("SIGTERM");
    expect((await server.exited).code).toBe(0);
  });

  it("loses no acknowledged account when killed with SIGKILL while writing", async () => {
    const file = join(dir, "accounts.json");
    const config = join(dir, "mock.json");
    writeFileSync(config, JSON.stringify({ rateLimit: false, consent: { enabled: true } }));
    const acknowledged: string[] = [];
    for (let round = 0; round < 3; round++) {
      const server = run(["--data", file, "--config", config]);
      const url = await server.started;
      let stop = false;
      const worker = async (id: number): Promise<void> => {
        for (let n = 0; !stop; n++) {
          const email = `r${round}w${id}n${n}@example.com`;
          try {
            const res = await fetch(`${url}/register`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({
                givenName: "A",
                surname: "B",
                email,
                password: "correct horse battery",
                consent: { termsVersion: "1" },
              }),
            });
            if (res.ok) acknowledged.push(email);
          } catch {
            return; // the server is gone
          }
        }
      };
      const before = acknowledged.length;
      const workers = [0, 1, 2, 3].map(worker);
      // Kill mid-stream: once this round has acknowledged a few signups, at a random moment.
      for (let waited = 0; acknowledged.length < before + 3 && waited < 20_000; waited += 50)
        await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 400));
      // The process that serves (and holds the data file) dies, nothing else.
      const killedOne = await fetch(`${url}/__mock/health`).then((r) => r.ok);
      expect(killedOne).toBe(true);
      server.child.kill("SIGKILL");
      stop = true;
      await Promise.all(workers);
      expect((await server.exited).signal).toBe("SIGKILL");
      expect(alive(server.child.pid)).toBe(false);
      await expect(fetch(`${url}/__mock/health`)).rejects.toThrow();
      const saved = JSON.parse(readFileSync(file, "utf8")) as {
        accounts: Array<{ email: string; passwordHash: string }>;
        consents: unknown[];
      };
      expect(saved.consents.length).toBe(saved.accounts.length);
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(9);
    const server = run(["--data", file]);
    const url = await server.started;
    const listed = (await (
      await fetch(`${url}/__mock/accounts`, { headers: { "x-mock-admin-token": adminToken } })
    ).json()) as {
      accounts: Array<{ email: string }>;
    };
    const emails = new Set(listed.accounts.map((a) => a.email));
    expect(acknowledged.filter((email) => !emails.has(email))).toEqual([]);
    expect(readFileSync(file, "utf8")).not.toContain("correct horse");
    server.child.kill("SIGINT");
    expect((await server.exited).code).toBe(0);
    console.log(
      `crash test: ${acknowledged.length} acknowledged signups over 3 kill -9 rounds, ${emails.size} stored, 0 lost`,
    );
  });
});
