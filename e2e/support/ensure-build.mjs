// Builds the library (dist/) when it is missing or older than src/, so that
// `npm run test:e2e` works on its own. In `npm test` the build layer has just
// run and this is a no-op.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const target = "dist/mock/cli.js";

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
    if (time > latest) latest = time;
  }
  return latest;
}

if (!existsSync(target) || statSync(target).mtimeMs < newest("src")) {
  console.error(`e2e: ${target} is missing or older than src/, running npm run build:lib`);
  const run = spawnSync("npm", ["run", "-s", "build:lib"], { stdio: "inherit", shell: true });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
