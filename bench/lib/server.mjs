// A static server on 127.0.0.1 for the benchmark pages: the builds under
// bench/.build/, one HTML page per build, and the view models. No caching, so
// every run loads everything.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { viewModel } from "./view-model.mjs";

const types = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
};

// Runs before the bundle: marks the moment the form is in the DOM with all
// its controls and a submit button, then the next painted frame (two rAFs).
const timingScript = `
(function () {
  var need = Number(new URLSearchParams(location.search).get("inputs") || "1");
  var bench = (window.__bench = window.__bench || { commits: 0 });
  // Some kits render inside a shadow root: watch those too.
  var roots = [document];
  function ready() {
    for (var i = 0; i < roots.length; i += 1) {
      var forms = roots[i].querySelectorAll("form");
      for (var j = 0; j < forms.length; j += 1) {
        var form = forms[j];
        if (!form.querySelector('button[type="submit"], button:not([type]), input[type="submit"]')) continue;
        if (form.querySelectorAll("input:not([type=hidden]), select, textarea").length >= need) return true;
      }
    }
    return false;
  }
  var options = { childList: true, subtree: true, attributes: true };
  var observer = new MutationObserver(function () {
    if (bench.formInDom || !ready()) return;
    bench.formInDom = performance.now();
    observer.disconnect();
    requestAnimationFrame(function () {
      requestAnimationFrame(function () { bench.formPainted = performance.now(); });
    });
  });
  var attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    var root = attachShadow.call(this, init);
    roots.push(root);
    if (!bench.formInDom) observer.observe(root, options);
    return root;
  };
  observer.observe(document, options);
})();
`;

/** @param {{ name: string, js: string, css: string[] }} page */
function html(page) {
  const links = page.css.map((href) => `<link rel="stylesheet" href="${href}">`).join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page.name}</title>${links}<script>${timingScript}</script></head><body><div id="root"></div><script type="module" src="${page.js}"></script></body></html>`;
}

/**
 * @param {string} buildDir bench/.build
 * @param {Map<string, { name: string, js: string, css: string[] }>} pages by name
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer(buildDir, pages) {
  const viewModels = new Map();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const headers = { "Cache-Control": "no-store" };
    try {
      const vm = /^\/vm\/(\d+)\/register$/.exec(url.pathname);
      if (vm) {
        if (request.method === "POST") {
          response.writeHead(201, { ...headers, "Content-Type": "application/json" });
          response.end(JSON.stringify({ account: { status: "ENABLED", email: "a@example.com" } }));
          return;
        }
        const count = Number(vm[1]);
        if (!viewModels.has(count)) viewModels.set(count, JSON.stringify(viewModel(count)));
        const body = viewModels.get(count);
        response.writeHead(200, {
          ...headers,
          "Content-Type": "application/json",
          "Content-Length": Buffer.byteLength(body),
        });
        response.end(body);
        return;
      }
      if (url.pathname === "/auth/session/refresh") {
        // What a SuperTokens backend answers when there is no session: lets its
        // prebuilt UI render with no SuperTokens server.
        response.writeHead(401, { ...headers, "Content-Type": "application/json" });
        response.end(JSON.stringify({ message: "unauthorised" }));
        return;
      }
      const page = /^\/page\/([\w-]+)$/.exec(url.pathname);
      if (page && pages.has(page[1])) {
        response.writeHead(200, { ...headers, "Content-Type": types[".html"] });
        response.end(html(pages.get(page[1])));
        return;
      }
      if (url.pathname.startsWith("/build/")) {
        const file = normalize(join(buildDir, url.pathname.slice("/build/".length)));
        if (file.startsWith(buildDir)) {
          const body = await readFile(file);
          response.writeHead(200, {
            ...headers,
            "Content-Type": types[extname(file)] ?? "application/octet-stream",
          });
          response.end(body);
          return;
        }
      }
      if (url.pathname === "/favicon.ico") {
        response.writeHead(204, headers);
        response.end();
        return;
      }
      response.writeHead(404, headers);
      response.end("not found");
    } catch {
      response.writeHead(404, headers);
      response.end("not found");
    }
  });
  // Idle sockets stay open longer than any run, so Chromium never reuses one
  // the server is closing.
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
