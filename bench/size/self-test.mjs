// Proves that the size-limit checks catch lazy code in the eager bundle:
// builds small fixtures with the same esbuild options and plugin as
// .size-limit.json. `node bench/size/self-test.mjs`; exits non-zero on a miss.
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import esbuild from "esbuild";
import { sizeConfig } from "./esbuild-config.mjs";

const fixture = (name) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const out = fileURLToPath(new URL("../.build/size-self-test/", import.meta.url));

async function run(mode, name) {
  const config = sizeConfig(mode, fixture(name), `${out}${mode}-${name}`);
  const silent = { ...config, logLevel: "silent" };
  try {
    const result = await esbuild.build(silent);
    const files = Object.keys(result.metafile.outputs);
    const gz = files.reduce(
      (sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length,
      0,
    );
    return { ok: true, files: files.length, gz };
  } catch (error) {
    const text = String(error.message);
    return {
      ok: false,
      message: (/\[size-limit [a-z]+\] (.*)/.exec(text)?.[1] ?? text).slice(0, 140),
    };
  }
}

const cases = [
  ["eager", "lazy.mjs", true],
  ["captcha", "lazy.mjs", true],
  ["eager", "eager-captcha.mjs", false],
  ["captcha", "eager-captcha.mjs", false],
  ["eager", "eager-locale.mjs", false],
  ["eager", "zod-named.mjs", false],
];
let failed = 0;
const results = {};
for (const [mode, name, shouldPass] of cases) {
  const result = await run(mode, name);
  results[`${mode}:${name}`] = result;
  const good = result.ok === shouldPass;
  if (!good) failed += 1;
  console.log(
    `${good ? "ok  " : "FAIL"} ${mode.padEnd(7)} ${name.padEnd(18)} ${result.ok ? `passes: ${result.files} file(s), ${result.gz} B gz` : `rejected: ${result.message}`}`,
  );
}
// The captcha check must count more than the eager one (the lazy chunk).
const eagerGz = results["eager:lazy.mjs"].gz;
const captchaGz = results["captcha:lazy.mjs"].gz;
if (!(captchaGz > eagerGz + 1024)) {
  failed += 1;
  console.log(
    `FAIL captcha check counts ${captchaGz} B, eager ${eagerGz} B: the hCaptcha chunk is missing`,
  );
} else {
  console.log(`ok   captcha chunk counted: ${captchaGz - eagerGz} B gz on top of ${eagerGz} B`);
}
console.log(`${cases.length + 1 - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
