// One express-stormpath 3.2.0 application, with its real register, login and
// /me controllers, in front of its own fake Stormpath REST API, on loopback.
// It also serves the scratch app's kit page (same origin) and, for the
// captcha configuration, the test captcha script and a local siteverify.
//
//   node interop/servers/express-stormpath-app.cjs <configuration> <page dir>
//
// (The entry is CommonJS because express-stormpath reads `require.main`.)
// Prints one JSON line `{ "ready": true, "origin": …, "api": … }` when it
// listens. Exits when its stdin closes (the parent is gone), on SIGTERM/SIGINT.
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { captchaPreRegistrationHandler, configurations } from "./configurations.mjs";
import { startFakeStormpathApi } from "./fake-stormpath-api.mjs";

const require = createRequire(import.meta.url);
/** Resolved from the repository root, as the application would. */
const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const stormpath = require("express-stormpath");
// The express express-stormpath itself depends on (4.x).
const express = require(
  require.resolve("express", { paths: [dirname(require.resolve("express-stormpath"))] }),
);

const [name, pageDir] = process.argv.slice(2);
const configuration = name ? configurations[name] : undefined;
if (!configuration || !pageDir) {
  process.stderr.write(
    `usage: express-stormpath-app.cjs <${Object.keys(configurations).join("|")}> <page dir>\n`,
  );
  process.exit(2);
}

const api = await startFakeStormpathApi(configuration.api);
const app = express();
let server;

async function shutdown(code) {
  await Promise.allSettled([
    api.close(),
    new Promise((done) => {
      if (!server) return done(undefined);
      server.closeAllConnections();
      server.close(() => done(undefined));
    }),
  ]);
  process.exit(code);
}
process.stdin.on("end", () => void shutdown(0));
process.stdin.resume();
process.on("SIGTERM", () => void shutdown(0));
process.on("SIGINT", () => void shutdown(0));

/** A local siteverify: the test script's tokens, each accepted once. */
const seenTokens = new Set();
const ISSUED_TOKEN = /^10000000-aaaa-bbbb-cccc-[0-9a-f]{12}$/;

const web = structuredClone(configuration.web ?? {});
const options = {
  client: { apiKey: { id: api.apiKey.id, secret: api.apiKey.secret }, baseUrl: api.baseUrl },
  application: { href: api.applicationHref },
  web,
  logger: {
    error: (...args) => process.stderr.write(`[express-stormpath ${name}] ${args.join(" ")}\n`),
    warn: () => {},
    info: () => {},
    debug: () => {},
  },
};

if (configuration.captcha) {
  let origin = "";
  options.preRegistrationHandler = captchaPreRegistrationHandler(async (token) => {
    const response = await fetch(`${origin}/__test/siteverify`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        secret: "0x0000000000000000000000000000000000000000",
        response: token,
      }),
    });
    const result = await response.json();
    return result.success === true;
  });
  app.post("/__test/siteverify", express.urlencoded({ extended: false }), (req, res) => {
    const token = req.body?.response;
    if (!token) return res.json({ success: false, "error-codes": ["missing-input-response"] });
    if (!ISSUED_TOKEN.test(token))
      return res.json({ success: false, "error-codes": ["invalid-input-response"] });
    if (seenTokens.has(token))
      return res.json({ success: false, "error-codes": ["invalid-or-already-seen-response"] });
    seenTokens.add(token);
    res.json({ success: true });
  });
  app.on("listening-origin", (value) => {
    origin = value;
  });
}

// The kit's test captcha script (the one the mock serves), as `{apihost}/1/api.js`.
const { hcaptchaScript, HCAPTCHA_TEST_SITE_KEY } = await import(join(repo, "dist/mock/index.js"));
app.get("/__test/hcaptcha/1/api.js", (_req, res) => {
  res.type("application/javascript").send(hcaptchaScript({ siteKey: HCAPTCHA_TEST_SITE_KEY }));
});
app.get("/__test/accounts", (_req, res) => res.json(api.accounts()));
app.get("/__test/api-requests", (_req, res) => res.json(api.requests));

app.use(stormpath.init(app, options));
app.use(express.static(resolve(pageDir), { index: "index.html" }));

app.on("stormpath.error", (err) => {
  process.stderr.write(`[express-stormpath ${name}] failed to start: ${err?.message ?? err}\n`);
  void shutdown(1);
});
app.on("stormpath.ready", () => {
  server = app.listen(0, "127.0.0.1", () => {
    const origin = `http://127.0.0.1:${server.address().port}`;
    app.emit("listening-origin", origin);
    process.stdout.write(`${JSON.stringify({ ready: true, name, origin, api: api.baseUrl })}\n`);
  });
});
