// Small formatting helpers for the markdown tables.
import { cpus, loadavg, platform, release } from "node:os";

export const kib = (bytes) =>
  bytes === undefined || Number.isNaN(bytes) ? "–" : `${(bytes / 1024).toFixed(1)} KiB`;
export const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : "–");
export const ms3 = (value) => (Number.isFinite(value) ? value.toFixed(3) : "–");
export const ratio = (a, b) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : "–";
export const mark = (ok) => (ok === undefined ? "" : ok ? "✅" : "❌");

/** A warning when other work competed for the CPU during the run. */
export function busyWarning() {
  const load = loadavg()[0];
  const cores = cpus().length;
  return load > cores * 1.5
    ? `\n\n> ⚠ The machine was busy (load average ${load.toFixed(1)} on ${cores} cores): times are noisy; ratios from the same run still compare like with like, but rerun on an idle machine before trusting them.`
    : "";
}

export function machine(browserVersion) {
  const cores = cpus();
  const model = cores[0]?.model?.trim() || "unknown CPU";
  return `${model}, ${cores.length} cores, ${platform()} ${release()}, Node ${process.version}, Chromium ${browserVersion}, load average ${loadavg()[0].toFixed(1)} at the end, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** @param {string[]} header @param {string[][]} rows */
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
