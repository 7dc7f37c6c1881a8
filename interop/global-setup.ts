// Before the interop tests: a current build, the packed kit in a scratch app,
// and every server (see servers/start.mjs). The returned function is the
// teardown: it stops every server and removes the scratch app, also when
// tests fail.
import { spawnSync } from "node:child_process";
import { buildScratchApp } from "./scratch-app.mjs";
import { startInteropServers } from "./servers/start.mjs";

export default async function globalSetup(): Promise<() => Promise<void>> {
  const started = Date.now();
  const build = spawnSync(process.execPath, ["e2e/support/ensure-build.mjs"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("interop: the library build failed");

  const scratch = await buildScratchApp();
  let servers;
  try {
    servers = await startInteropServers(scratch);
  } catch (error) {
    scratch.cleanup();
    throw error;
  }
  process.env.INTEROP_ORIGINS = JSON.stringify(servers.origins);
  console.log(
    `interop: scratch app and ${Object.keys(servers.origins.apps).length + 3} servers ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return async () => {
    await servers.stop();
    scratch.cleanup();
  };
}
