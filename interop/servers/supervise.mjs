#!/usr/bin/env node
// Runs a command and stops it (SIGTERM, then SIGKILL after 3 s) when this
// process's stdin closes or it gets SIGTERM/SIGINT: a server started by the
// interop layer never outlives the test run, even if the runner is killed.
//
//   node interop/servers/supervise.mjs <command> [args...]
import { spawn } from "node:child_process";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write("usage: supervise.mjs <command> [args...]\n");
  process.exit(2);
}
const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"] });
let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  child.kill("SIGTERM");
  setTimeout(() => child.kill("SIGKILL"), 3000).unref();
}
child.on("exit", (code, signal) => process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0))));
process.stdin.on("end", stop);
process.stdin.resume();
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
