#!/usr/bin/env node
// signup-kit-mock: the standalone mock server.
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { MockConfig } from "./core/config";
import { buildOpenApiDocument } from "./core/openapi";
import { presetNames } from "./core/presets";
import { SCENARIOS } from "./core/scenarios";
import { outboxDirFor } from "./node/outbox";
import { startMockServer, type RunningMockServer } from "./node/standalone";

const USAGE = `Usage: signup-kit-mock [--port 4010] [--host 127.0.0.1] [--config mock.json]
                       [--data accounts.json] [--style stormpath|modern] [--preset name]
                       [--admin-token secret] [--allowed-host name]… [--public-url url]
                       [--record answers.ndjson] [--stormpath-version 3|4]

  --port          port to listen on; 0 picks a free one (default 4010)
  --host          interface to bind (default 127.0.0.1; anything else needs --admin-token)
  --config        JSON configuration file (see docs/mock-server.md)
  --data          save accounts and consent records to this JSON file; audit log beside it
  --style         response style: stormpath (200) or modern (201 + problem+json)
  --preset        start from a named preset: ${presetNames.join(", ")}
  --admin-token   the secret /__mock/* requires in X-Mock-Admin-Token, at least 16
                  characters (default: env SIGNUP_KIT_MOCK_ADMIN_TOKEN, else random, printed)
  --allowed-host  another Host name to serve besides localhost, 127.0.0.1, [::1]
                  and the bound address (repeatable; .example.test allows subdomains)
  --public-url    the origin links are built from (default: the bound address)
  --trust-client-id-header
                  rate-limit by the x-mock-client-id header instead of the peer
                  address (load tests)
  --record        write every answer to this file (NDJSON, with the OpenAPI document
                  in force), for checking the traffic of a test run against it
  --stormpath-version
                  the express-stormpath release the stormpath style answers like:
                  3 (3.2.0: a duplicate email is 409, the default) or 4 (4.0.0:
                  400 "An account with that email address already exists.",
                  password policy texts prefixed "password: ")
`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: "string", default: "4010" },
        host: { type: "string", default: "127.0.0.1" },
        config: { type: "string" },
        data: { type: "string" },
        style: { type: "string" },
        preset: { type: "string" },
        record: { type: "string" },
        "admin-token": { type: "string" },
        "allowed-host": { type: "string", multiple: true },
        "public-url": { type: "string" },
        "trust-client-id-header": { type: "boolean" },
        "stormpath-version": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be a number from 0 to 65535, not "${values.port}".\n`);
    return 2;
  }
  let config: MockConfig = {};
  if (values.config) {
    const file = resolve(values.config);
    try {
      config = JSON.parse(readFileSync(file, "utf8")) as MockConfig;
    } catch (error) {
      process.stderr.write(
        `Cannot read the config file ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 1;
    }
  }
  if (values.style !== undefined) {
    if (values.style !== "stormpath" && values.style !== "modern") {
      process.stderr.write(`--style must be stormpath or modern, not "${values.style}".\n`);
      return 2;
    }
    config = { ...config, style: values.style };
  }
  if (values.preset !== undefined) config = { ...config, preset: values.preset };
  const version = values["stormpath-version"];
  if (version !== undefined) {
    if (version !== "3" && version !== "4") {
      process.stderr.write(`--stormpath-version must be 3 or 4, not "${version}".\n`);
      return 2;
    }
    config = { ...config, stormpathVersion: version === "4" ? 4 : 3 };
  }

  let server: RunningMockServer | undefined;
  const recordFile = values.record ? resolve(values.record) : undefined;
  let recordedConfig: unknown;
  try {
    if (recordFile) writeFileSync(recordFile, "");
    const adminToken = values["admin-token"] ?? process.env.SIGNUP_KIT_MOCK_ADMIN_TOKEN;
    server = await startMockServer({
      port,
      host: values.host,
      config,
      ...(adminToken ? { adminToken } : {}),
      ...(values["allowed-host"] ? { allowedHosts: values["allowed-host"] } : {}),
      ...(values["public-url"] ? { publicUrl: values["public-url"] } : {}),
      ...(values["trust-client-id-header"] ? { trustClientIdHeader: true } : {}),
      ...(values.data ? { dataFile: resolve(values.data) } : {}),
      ...(recordFile
        ? {
            onExchange: (exchange) => {
              // The document in force, written again whenever the configuration changes.
              const current = server?.backend.config;
              if (current && current !== recordedConfig) {
                recordedConfig = current;
                appendFileSync(
                  recordFile,
                  JSON.stringify({ document: buildOpenApiDocument(current) }) + "\n",
                );
              }
              appendFileSync(recordFile, JSON.stringify({ exchange }) + "\n");
            },
          }
        : {}),
    });
  } catch (error) {
    process.stderr.write(
      `signup-kit-mock could not start: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  const { url, backend, adminToken } = server;
  const lines = [
    `signup-kit mock server listening on ${url}`,
    `  register:   ${url}${backend.config.endpoint} (${backend.config.style} style${backend.config.style === "stormpath" ? `, express-stormpath ${backend.config.stormpathVersion === 4 ? "4.0.0" : "3.2.0"} answers` : ""})`,
    ...(backend.config.session.enabled
      ? [
          `  login:      ${url}${backend.config.session.loginPath}, ${backend.config.session.mePath}, ${backend.config.session.logoutPath} (development session cookie, not an authentication system)`,
        ]
      : []),
    `  openapi:    ${url}/openapi.json`,
    `  admin:      ${url}/__mock/accounts, /__mock/scenario, /__mock/reset … (health: ${url}/__mock/health)`,
    `  admin token: ${adminToken}  (send it as X-Mock-Admin-Token; set it with --admin-token or SIGNUP_KIT_MOCK_ADMIN_TOKEN)`,
    `  hCaptcha:   ${url}/__mock/hcaptcha/api.js (apihost ${url}/__mock/hcaptcha)`,
    values.data
      ? `  data:       ${resolve(values.data)}`
      : `  data:       in memory (use --data to keep accounts)`,
    `  verify:     ${url}${backend.config.verification.path} (outbox: ${url}/__mock/outbox${values.data ? `, .eml files in ${outboxDirFor(resolve(values.data))}` : ""})`,
    backend.config.scim.enabled
      ? `  scim:       ${url}/scim/v2 (${backend.config.scim.token ? `Authorization: Bearer ${backend.config.scim.token}` : "no authentication"})`
      : `  scim:       off`,
    `  scenarios (header x-mock-scenario, ?scenario=, or POST /__mock/scenario):`,
    ...SCENARIOS.map((s) => `    ${s.name.padEnd(30)}${s.description}`),
  ];
  process.stdout.write(lines.join("\n") + "\n");

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping…\n`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  return -1;
}

main().then((code) => {
  if (code >= 0) process.exit(code);
});
