// npm run bench:mock [-- --duration 20 --concurrency 16 --keys 50000]
// Concurrent signups against the standalone mock server on 127.0.0.1, with
// persistence on. Prints throughput, latency percentiles and the 429s the rate
// limit produced by design, then proves every 2xx account is stored. Then a
// flood of distinct client keys: RSS and heap before and after, and the sizes
// of the in-memory structures, which must stay flat (bounded).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { normalizeViewModel } from "../src/core/normalize";
import { consentRecord, submission } from "../src/core/submission";
import type { RegisterViewModel } from "../src/contract/types";
import { startMockServer } from "../src/mock/node";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: process.env.BENCH_DURATION_S ?? "20" },
    concurrency: { type: "string", default: process.env.BENCH_CONCURRENCY ?? "16" },
    keys: { type: "string", default: process.env.BENCH_KEYS ?? "50000" },
  },
});
const distinctKeys = Number(values.keys);
const durationMs = Number(values.duration) * 1000;
const concurrency = Number(values.concurrency);
// Four simulated clients share the workers; each may send 10 POSTs a second,
// so the workers that push harder get 429 as designed.
const clients = 4;
const dir = mkdtempSync(join(tmpdir(), "signup-kit-bench-"));
const dataFile = join(dir, "accounts.json");
const server = await startMockServer({
  port: 0,
  host: "127.0.0.1",
  dataFile,
  config: { rateLimit: { max: 10, windowMs: 1000 } },
  // All workers share 127.0.0.1: the header names the simulated client.
  trustClientIdHeader: true,
});

// Each signup posts exactly what the kit posts to this mock: its own code
// builds the body from the view model (the declared fields at the root, and
// the consent record under the `consent` key the default mock declares).
const viewModel = normalizeViewModel(
  (await (
    await fetch(`${server.url}/register`, { headers: { accept: "application/json" } })
  ).json()) as RegisterViewModel,
  { consentField: "consent", development: false },
);
if (!viewModel.declared.consent) throw new Error("the default mock no longer declares consent");
const typed = {
  givenName: "Load",
  surname: "Test",
  password: "correct horse battery staple",
};
function signupBody(email: string): Record<string, unknown> {
  const byName: Record<string, string> = { ...typed, email };
  return submission({
    fields: viewModel.fields,
    values: Object.fromEntries(viewModel.fields.map((field) => [field.key, byName[field.name]])),
    declared: viewModel.declared,
    consent: {
      field: "consent",
      record: consentRecord(
        { version: "bench", url: "/terms" },
        {
          pageUrl: `${server.url}/signup`,
          acceptedAt: new Date(),
          locale: "en",
          marketing: false,
        },
      ),
    },
  }).body;
}
const sample = signupBody("sample@example.com");
console.log(`POST body: ${JSON.stringify({ ...sample, password: "[redacted]" })}`);

const latencies: number[] = [];
const statuses = new Map<number, number>();
const acknowledged: string[] = [];
let errors = 0;
const started = performance.now();
const deadline = started + durationMs;

async function worker(id: number): Promise<void> {
  for (let n = 0; performance.now() < deadline; n++) {
    const email = `w${id}.n${n}@example.com`;
    const t0 = performance.now();
    try {
      const res = await fetch(`${server.url}/register`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-mock-client-id": `client-${id % clients}`,
        },
        body: JSON.stringify(signupBody(email)),
      });
      await res.arrayBuffer();
      latencies.push(performance.now() - t0);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.ok) acknowledged.push(email);
      if (res.status === 429) {
        // Honour Retry-After loosely, as a polite client would.
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } catch {
      errors++;
    }
  }
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const memoryAtStart = process.memoryUsage();
await Promise.all(Array.from({ length: concurrency }, (_, i) => worker(i)));
const elapsedS = (performance.now() - started) / 1000;

// The flood: every request from a new client key (view-model GETs and
// rejected POSTs), so every keyed structure sees `distinctKeys` keys.
const memoryBefore = process.memoryUsage();
const structuresBefore = server.backend.memoryReport();
let next = 0;
const floodStarted = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < distinctKeys) {
      const n = next++;
      const key = `flood-${n}`;
      const res =
        n % 2 === 0
          ? await fetch(`${server.url}/register`, {
              headers: { accept: "application/json", "x-mock-client-id": key },
            })
          : await fetch(`${server.url}/register`, {
              method: "POST",
              headers: { "content-type": "application/json", "x-mock-client-id": key },
              body: JSON.stringify({ junk: Array.from({ length: 200 }, () => ({})) }),
            });
      await res.arrayBuffer();
    }
  }),
);
const floodS = (performance.now() - floodStarted) / 1000;
const memoryAfter = process.memoryUsage();
const structuresAfter = server.backend.memoryReport();

const listed = (await (
  await fetch(`${server.url}/__mock/accounts`, {
    headers: { "x-mock-admin-token": server.adminToken },
  })
).json()) as {
  accounts: Array<{ email: string }>;
};
const consentsStored = server.backend.consents().length;
await server.close();
const inStore = new Set(listed.accounts.map((a) => a.email));
const onDisk = new Set(
  (
    JSON.parse(readFileSync(dataFile, "utf8")) as { accounts: Array<{ email: string }> }
  ).accounts.map((a) => a.email),
);
rmSync(dir, { recursive: true, force: true });

const sorted = [...latencies].sort((a, b) => a - b);
const pct = (p: number): string =>
  (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(1);
const missingInStore = acknowledged.filter((e) => !inStore.has(e)).length;
const missingOnDisk = acknowledged.filter((e) => !onDisk.has(e)).length;

console.log(
  `mock load: ${concurrency} workers, ${clients} clients (10 POST/s each), ${elapsedS.toFixed(1)} s, 127.0.0.1, persistence on`,
);
console.log(
  `requests:   ${latencies.length} (${(latencies.length / elapsedS).toFixed(1)}/s), network errors ${errors}`,
);
console.log(
  `created:    ${acknowledged.length} (${(acknowledged.length / elapsedS).toFixed(1)}/s)`,
);
console.log(`statuses:   ${[...statuses].map(([s, c]) => `${s}×${c}`).join(", ")}`);
console.log(`429s:       ${statuses.get(429) ?? 0} (rate limit, as designed)`);
console.log(`latency ms: p50 ${pct(50)}  p95 ${pct(95)}  p99 ${pct(99)}  max ${pct(100)}`);
console.log(
  `check:      ${acknowledged.length - missingInStore}/${acknowledged.length} acknowledged accounts in the store, ${acknowledged.length - missingOnDisk}/${acknowledged.length} in the data file, ${consentsStored}/${acknowledged.length} consent records`,
);
console.log(
  `flood:      ${distinctKeys} distinct client keys in ${floodS.toFixed(1)} s (${(distinctKeys / floodS).toFixed(0)}/s)`,
);
console.log(
  `memory:     RSS ${mib(memoryAtStart.rss)} at start, ${mib(memoryBefore.rss)} before the flood, ${mib(memoryAfter.rss)} after (${mib(memoryAfter.rss - memoryBefore.rss)}); heap ${mib(memoryBefore.heapUsed)} → ${mib(memoryAfter.heapUsed)}`,
);
const largest = Object.entries(structuresAfter).sort(([, a], [, b]) => b - a);
console.log("structures: (before the flood → after, largest first)");
for (const [name, size] of largest)
  console.log(`  ${name.padEnd(22)} ${String(structuresBefore[name] ?? 0).padStart(9)} → ${size}`);
// Every keyed structure holds at most 10,000 keys; logs are bounded by entries and bytes.
const unbounded = largest.filter(
  ([name, size]) => name !== "accounts" && name !== "requestLogBodyBytes" && size > 10_000,
);
const rssGrowth = memoryAfter.rss - memoryBefore.rss;
if (unbounded.length > 0 || rssGrowth > 150 * 1024 * 1024) {
  console.error(
    `FAIL: memory is not flat under ${distinctKeys} distinct keys (RSS +${mib(rssGrowth)}; over 10,000: ${unbounded.map(([n]) => n).join(", ") || "none"}).`,
  );
  process.exit(1);
}
if (missingInStore > 0 || missingOnDisk > 0 || acknowledged.length === 0) {
  console.error("FAIL: an acknowledged account is missing (or nothing was created).");
  process.exit(1);
}
if (consentsStored !== acknowledged.length) {
  console.error("FAIL: a signup's consent record was not stored.");
  process.exit(1);
}
