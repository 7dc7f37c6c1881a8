// A server-rendered signup page for the no-JavaScript flow: what an app gets
// from renderToString(<SignupForm initialViewModel={…} />), with no script at
// all. The page is built per request from the mock server's view model; every
// other path (/register, /__mock) is forwarded to the mock server, so the plain
// form posts to the real backend.
//   tsx e2e/support/ssr-server.tsx --port 4321 --mock http://127.0.0.1:4010
import { readFileSync } from "node:fs";
import { createServer, request as httpRequest } from "node:http";
import { renderToString } from "react-dom/server";
import { SignupForm } from "../../src/components/SignupForm";
import { SubmitButton } from "../../src/components/SubmitButton";
import type { SubmitButtonProps } from "../../src/components/types";
import type { RegisterViewModel } from "../../src/contract/types";

function arg(name: string): string {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? process.argv[index + 1] : undefined;
  if (!value) throw new Error(`--${name} is required`);
  return value;
}

const port = Number(arg("port"));
const mock = new URL(arg("mock"));
const styles = readFileSync(new URL("../../src/theme/styles.css", import.meta.url), "utf8");

async function page(withCsrf: boolean, withConsent: boolean): Promise<string> {
  const answer = await fetch(new URL("/register", mock), {
    headers: { accept: "application/json" },
  });
  const viewModel = (await answer.json()) as RegisterViewModel;
  const csrf = answer.headers.get("x-csrf-token") ?? "";
  // The app adds the CSRF token its backend asks for (the modern style issues
  // one; the stormpath style, like express-stormpath, none, and refuses a
  // `_csrf` field) through the public `components` seam: a hidden input beside
  // the default submit button.
  const WithCsrf = (props: SubmitButtonProps) => (
    <>
      <input type="hidden" name="_csrf" value={csrf} />
      <SubmitButton {...props} />
    </>
  );
  const form = renderToString(
    <SignupForm
      endpoint="/register"
      initialViewModel={viewModel}
      consent={withConsent ? { version: "2026-01", url: "/terms" } : undefined}
      components={withCsrf && csrf ? { SubmitButton: WithCsrf } : undefined}
    />,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>signup-kit server-rendered</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/ssr/styles.css"></head>
<body><main><h1>Create your account</h1>${form}</main></body></html>`;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname === "/ssr/styles.css") {
    res.writeHead(200, { "content-type": "text/css; charset=utf-8" }).end(styles);
    return;
  }
  if (url.pathname === "/ssr" || url.pathname === "/") {
    page(url.searchParams.get("csrf") !== "0", url.searchParams.get("consent") !== "0").then(
      (html) =>
        res
          .writeHead(200, {
            "content-type": "text/html; charset=utf-8",
            "content-security-policy": "default-src 'self'; script-src 'none'; style-src 'self'",
          })
          .end(html),
      (error: unknown) =>
        res.writeHead(502, { "content-type": "text/plain" }).end(`Mock server: ${String(error)}`),
    );
    return;
  }
  // Everything else goes to the mock server, unchanged.
  const upstream = httpRequest(
    {
      host: mock.hostname,
      port: mock.port,
      method: req.method,
      path: req.url,
      headers: req.headers,
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on("error", () => res.destroy());
  req.pipe(upstream);
});

server.listen(port, "127.0.0.1", () => {
  console.log(`ssr page on http://127.0.0.1:${port}/ssr (mock ${mock.origin})`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
