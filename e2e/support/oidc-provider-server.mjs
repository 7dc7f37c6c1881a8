// oidc-provider (a certified OpenID provider) on loopback for the e2e layer,
// with dynamic registration (RFC 7591) and registration management (RFC 7592)
// on, in separate setups under one port:
//   /open    open registration
//   /iat     registration needs the initial access token "iat-e2e"
//   /rotate  every update rotates the registration access token
//   /nocors  like /open, without the CORS layer (oidc-provider has no CORS on /reg)
// oidc-provider serves no CORS on its registration endpoints; the layer below
// adds what a registration server needs for a page on another origin (see
// docs/client-registration.md). Test helpers (no CORS, for Playwright's own requests):
//   GET  /__health              ready
//   GET  /__requests            the requests each setup received, in order
//   POST /__drop-next?setup=X   the next POST /reg of setup X is processed, then its
//                               answer is lost (a response head no client may use)
// Usage: node e2e/support/oidc-provider-server.mjs --port <n> --allow-origin <origin>
import http from "node:http";

function arg(name) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
}
const port = Number(arg("port"));
const allowOrigin = arg("allow-origin");
if (!port || !allowOrigin) {
  console.error("usage: oidc-provider-server.mjs --port <n> --allow-origin <origin>");
  process.exit(2);
}
const base = `http://127.0.0.1:${port}`;

// Known and expected here: Node 20 (oidc-provider asks for 22, and works), the
// in-memory adapter and the development keys. Anything else still shows.
const warn = console.warn.bind(console);
const expected =
  /^oidc-provider WARNING: (Unsupported runtime|a quick start development-only|quick start development-only)/;
console.warn = (...args) => {
  if (typeof args[0] === "string" && expected.test(args[0])) return;
  warn(...args);
};
// Imported after the filter: oidc-provider checks the runtime as it loads.
const { default: Provider } = await import("oidc-provider");

const SETUPS = {
  open: { initialAccessToken: false, rotate: false, cors: true },
  iat: { initialAccessToken: "iat-e2e", rotate: false, cors: true },
  rotate: { initialAccessToken: false, rotate: true, cors: true },
  nocors: { initialAccessToken: false, rotate: false, cors: false },
};

const providers = new Map();
for (const [name, setup] of Object.entries(SETUPS)) {
  const provider = new Provider(`${base}/${name}`, {
    clients: [],
    // Test-only keys; oidc-provider warns about development defaults otherwise.
    cookies: { keys: ["e2e-only-cookie-key"] },
    features: {
      devInteractions: { enabled: false },
      registration: { enabled: true, initialAccessToken: setup.initialAccessToken },
      registrationManagement: { enabled: true, rotateRegistrationAccessToken: setup.rotate },
    },
  });
  provider.proxy = false;
  providers.set(name, { provider, handle: provider.callback(), setup });
}

const seen = Object.fromEntries(Object.keys(SETUPS).map((name) => [name, []]));
const dropNext = new Set();

/** The CORS a registration server needs, for the one allowed origin, on /reg and /reg/{id}. */
function cors(request, response) {
  const origin = request.headers.origin;
  if (origin !== allowOrigin) return false;
  response.setHeader("access-control-allow-origin", origin);
  response.setHeader("vary", "Origin");
  if (request.method === "OPTIONS" && request.headers["access-control-request-method"]) {
    response.writeHead(204, {
      "access-control-allow-methods": "POST, GET, PUT, DELETE",
      "access-control-allow-headers": "Authorization, Content-Type",
      "access-control-max-age": "600",
    });
    response.end();
    return true;
  }
  // Readable by the page: the kit reads Retry-After on 429/503.
  response.setHeader("access-control-expose-headers", "Retry-After, WWW-Authenticate");
  return false;
}

/** Processes the request, then loses the answer: a head with two Content-Lengths (RFC 9112 §6.3). */
function loseAnswer(response) {
  const socket = response.socket;
  response.writeHead = () => response;
  response.write = () => true;
  response.end = () => {
    socket?.end("HTTP/1.1 201 Created\r\nContent-Length: 0\r\nContent-Length: 1\r\n\r\n", () =>
      socket.destroy(),
    );
    return response;
  };
}

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? "/", base);
  if (url.pathname === "/__health") return void response.end("ok");
  if (url.pathname === "/__requests") {
    response.setHeader("content-type", "application/json");
    return void response.end(JSON.stringify(seen));
  }
  if (url.pathname === "/__drop-next" && request.method === "POST") {
    dropNext.add(url.searchParams.get("setup") ?? "");
    return void response.end("ok");
  }
  const name = url.pathname.split("/")[1] ?? "";
  const mounted = providers.get(name);
  if (!mounted) {
    response.writeHead(404).end();
    return;
  }
  const rest = url.pathname.slice(name.length + 1) || "/";
  seen[name].push(`${request.method} ${rest}`);
  const isRegistration = rest === "/reg" || rest.startsWith("/reg/");
  if (isRegistration && mounted.setup.cors && cors(request, response)) return;
  if (isRegistration && request.method === "POST" && dropNext.delete(name)) loseAnswer(response);
  // Mount under /{setup}, as express does: oidc-provider derives its URLs from originalUrl.
  request.originalUrl = request.url;
  request.url = rest + url.search;
  mounted.handle(request, response);
});

server.listen(port, "127.0.0.1", () => {
  console.log(`oidc-provider setups on ${base}: ${Object.keys(SETUPS).join(", ")}`);
});
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
