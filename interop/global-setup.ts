// Before the interop tests: a current build, the packed kit in a scratch app,
// and every server (see servers/start.mjs). The returned function is the
// teardown: it stops every server and removes the scratch app, also when
// tests fail.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildScratchApp, scratchDirs } from "./scratch-app.mjs";
import { startInteropServers } from "./servers/start.mjs";

export default async function globalSetup(): Promise<() => Promise<void>> {
  const started = Date.now();
  // The comparison's per-scenario tests read this run's exchanges only: a file
  // left by an earlier run (or a run that filtered out the exchanges) never counts.
  rmSync(fileURLToPath(new URL("../test-results/interop-comparison.json", import.meta.url)), {
    force: true,
  });
  const build = spawnSync(process.execPath, ["e2e/support/ensure-build.mjs"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("interop: the library build failed");

  // The servers start while the pages are built: they serve them from these directories.
  const scratch = scratchDirs();
  const servers = startInteropServers(scratch);
  let origins;
  try {
    [, origins] = await Promise.all([buildScratchApp(scratch), servers]);
  } catch (error) {
    await servers.then((started) => started.stop()).catch(() => {});
    scratch.cleanup();
    throw error;
  }
  const { stop } = await servers;
  process.env.INTEROP_ORIGINS = JSON.stringify(origins.origins);
  console.log(
    `interop: scratch app and ${Object.keys(origins.origins.apps).length + 3} servers ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return async () => {
    await stop();
    scratch.cleanup();
  };
}
