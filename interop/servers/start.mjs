// Starts every server the interop layer talks to, on 127.0.0.1 with free
// ports: one express-stormpath 3.2.0 app per configuration (each with its own
// fake Stormpath REST API), `signup-kit-mock --style stormpath` twice (as it
// ships, for react-stormpath; and with the comparison configuration), and a
// same-origin front for react-stormpath's page (static files, the rest
// proxied to the mock, as a dev server proxy does). `stop()` ends them all.
import { spawn } from "node:child_process";
import { createReadStream, existsSync, statSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest } from "node:http";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compareMockConfig, configurations } from "./configurations.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const STARTUP_MS = 60_000;

/**
 * Spawns a server whose stdin is a pipe (closing it stops the server) and
 * waits until `ready(line)` returns an origin for one of its output lines.
 */
function startProcess(label, args, ready) {
  const child = spawn(process.execPath, args, { cwd: repo, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
    if (process.env.INTEROP_DEBUG) process.stderr.write(chunk);
  });
  const origin = new Promise((resolveOrigin, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${label} did not start within ${STARTUP_MS / 1000} s\n${stderr}`)),
      STARTUP_MS,
    );
    let buffered = "";
    child.stdout.on("data", (chunk) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        const found = ready(line);
        if (found) {
          clearTimeout(timer);
          resolveOrigin(found);
        }
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited (code ${code}) before it was ready\n${stderr}`));
    });
  });
  const stop = () =>
    new Promise((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done(undefined);
      child.once("exit", () => done(undefined));
      child.stdin.end();
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    });
  return { origin, stop };
}

const jsonReady = (line) => {
  try {
    const parsed = JSON.parse(line);
    return parsed.ready ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
};
const mockReady = (line) => line.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/)?.[1];

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" };

/** Static files from `dir`, everything else proxied to `target` (Host rewritten, like `changeOrigin`). */
function startFront(dir, target) {
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://front").pathname;
    const file = normalize(join(dir, path === "/" ? "index.html" : path));
    if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      createReadStream(file).pipe(res);
      return;
    }
    const forward = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on("error", () => {
      res.writeHead(502).end();
    });
    req.pipe(forward);
  });
  return new Promise((resolveFront) => {
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolveFront({
        origin: `http://127.0.0.1:${port}`,
        stop: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done(undefined));
          }),
      });
    });
  });
}

/**
 * @param {{ root: string, kitPage: string, reactStormpathPage: string }} dirs
 * @returns {Promise<{ origins: { apps: Record<string, string>, mock: string, compareMock: string, reactStormpath: string }, stop: () => Promise<void> }>}
 */
export async function startInteropServers(dirs) {
  /** @type {(() => Promise<unknown>)[]} */
  const stops = [];
  const stop = async () => {
    await Promise.allSettled(stops.map((fn) => fn()));
  };
  try {
    const supervise = join(here, "supervise.mjs");
    const cli = join(repo, "dist/mock/cli.js");
    const compareConfig = join(dirs.root, "compare-mock.json");
    writeFileSync(compareConfig, JSON.stringify(compareMockConfig));

    const apps = Object.keys(configurations).map((name) => {
      const started = startProcess(
        `express-stormpath (${name})`,
        [join(here, "express-stormpath-app.cjs"), name, dirs.kitPage],
        jsonReady,
      );
      stops.push(started.stop);
      return started.origin.then((origin) => /** @type {const} */ ([name, origin]));
    });
    const mock = startProcess(
      "signup-kit-mock --style stormpath",
      [supervise, process.execPath, cli, "--port", "0", "--style", "stormpath"],
      mockReady,
    );
    stops.push(mock.stop);
    const compareMock = startProcess(
      "signup-kit-mock --style stormpath --config compare",
      [
        supervise,
        process.execPath,
        cli,
        "--port",
        "0",
        "--style",
        "stormpath",
        "--config",
        compareConfig,
      ],
      mockReady,
    );
    stops.push(compareMock.stop);

    const [appOrigins, mockOrigin, compareOrigin] = await Promise.all([
      Promise.all(apps),
      mock.origin,
      compareMock.origin,
    ]);
    const front = await startFront(dirs.reactStormpathPage, mockOrigin);
    stops.push(front.stop);
    return {
      origins: {
        apps: Object.fromEntries(appOrigins),
        mock: mockOrigin,
        compareMock: compareOrigin,
        reactStormpath: front.origin,
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
