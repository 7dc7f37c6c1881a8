// A small stand-in for hCaptcha's api.js, for offline development and tests.
// It implements the `window.hcaptcha` surface @hcaptcha/react-hcaptcha uses and
// issues single-use tokens the mock's siteverify accepts.

/** Where the mock serves the script (relative to its base URL). Use with `scriptSource`. */
export const HCAPTCHA_SCRIPT_PATH = "/__mock/hcaptcha/api.js";
/** The value for the wrapper's `apihost`: it appends `/1/api.js`. */
export const HCAPTCHA_APIHOST_PATH = "/__mock/hcaptcha";

/**
 * The script text. `siteKey` is the key a site should use; another key logs a
 * warning. `seed` (8 hex digits) is what the server issued for this load: each
 * solve makes the next token from it, and siteverify accepts only tokens of
 * issued seeds. Without one, the widget makes up tokens the server refuses.
 */
export function hcaptchaScript(options: { siteKey: string; seed?: string }): string {
  return `/* signup-kit mock hCaptcha: test widget, not hCaptcha. */
(function () {
  "use strict";
  var SITE_KEY = ${JSON.stringify(options.siteKey)};
  var SEED = ${JSON.stringify(/^[0-9a-f]{8}$/.test(options.seed ?? "") ? options.seed : "")};
  var solved = 0;
  var script = document.currentScript;
  var params = new URL(script ? script.src : location.href, location.href).searchParams;
  var widgets = {};
  var count = 0;
  var lastId = null;
  var issued = [];
  var failNext = null;
  var manual = false;

  function newToken() {
    if (SEED) {
      solved = (solved + 1) % 65536;
      var next = "10000000-aaaa-bbbb-cccc-" + SEED + (solved + 65536).toString(16).slice(1);
      issued.push(next);
      return next;
    }
    var bytes = new Uint8Array(6);
    crypto.getRandomValues(bytes);
    var tail = Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
    var token = "10000000-aaaa-bbbb-cccc-" + tail;
    issued.push(token);
    return token;
  }
  function widget(id) {
    var key = id === undefined || id === null || id === "" ? lastId : String(id);
    var w = key === null ? undefined : widgets[key];
    if (!w) throw new Error("[hCaptcha] invalid-captcha-id");
    return w;
  }
  function call(w, name, arg) {
    var fn = w.params[name];
    if (typeof fn === "string") fn = window[fn];
    if (typeof fn === "function") fn(arg);
  }
  function paint(w) {
    if (!w.button) return;
    var solved = w.response !== "";
    w.button.setAttribute("aria-checked", solved ? "true" : "false");
    w.mark.textContent = solved ? "\\u2713" : "";
    w.status.textContent = solved ? "Verified" : "";
    w.textarea.value = w.response;
  }
  function settle(w, error, token) {
    var pending = w.pending;
    w.pending = null;
    if (!pending) return;
    if (error) pending.reject(new Error(error)); else pending.resolve({ response: token, key: w.key });
  }
  function solve(w) {
    if (failNext) {
      var code = failNext;
      failNext = null;
      w.open = false;
      call(w, "error-callback", code);
      settle(w, code);
      return null;
    }
    var token = newToken();
    w.response = token;
    w.key = "E0_mock." + token.slice(-12);
    w.open = false;
    paint(w);
    call(w, "callback", token);
    settle(w, null, token);
    return token;
  }
  function begin(w) {
    w.open = true;
    call(w, "open-callback");
    if (!manual) setTimeout(function () { if (w.open) solve(w); }, 30);
  }

  var api = {
    render: function (container, config) {
      var el = typeof container === "string" ? document.getElementById(container) : container;
      if (!el) throw new Error("[hCaptcha] container not found");
      var p = config || {};
      var sitekey = p.sitekey || el.getAttribute("data-sitekey");
      if (sitekey !== SITE_KEY) console.warn("[hCaptcha mock] site key " + sitekey + " is not the configured test key " + SITE_KEY + "; tokens are issued anyway.");
      var id = String(count++);
      var w = { id: id, el: el, params: p, response: "", key: "", pending: null, open: false, data: null };
      var root = document.createElement("div");
      root.className = "hcaptcha-mock";
      root.setAttribute("data-hcaptcha-widget-id", id);
      var textarea = document.createElement("textarea");
      textarea.name = "h-captcha-response";
      textarea.style.display = "none";
      textarea.setAttribute("aria-hidden", "true");
      textarea.tabIndex = -1;
      root.appendChild(textarea);
      w.textarea = textarea;
      if (p.size !== "invisible") {
        var button = document.createElement("button");
        button.type = "button";
        button.setAttribute("role", "checkbox");
        button.setAttribute("aria-checked", "false");
        button.style.cssText = "display:inline-flex;align-items:center;gap:8px;min-height:44px;padding:8px 12px;border:1px solid #767676;border-radius:4px;background:" + (p.theme === "dark" ? "#222;color:#fff" : "#fff;color:#111") + ";font:inherit;cursor:pointer";
        var mark = document.createElement("span");
        mark.setAttribute("aria-hidden", "true");
        mark.style.cssText = "display:inline-block;width:20px;height:20px;border:2px solid currentColor;border-radius:3px;text-align:center;line-height:18px";
        var label = document.createElement("span");
        label.textContent = "I am human (test captcha)";
        var status = document.createElement("span");
        status.setAttribute("role", "status");
        status.style.cssText = "font-size:0.85em";
        button.appendChild(mark);
        button.appendChild(label);
        root.appendChild(button);
        root.appendChild(status);
        button.addEventListener("click", function () { if (w.response === "") begin(w); });
        w.button = button;
        w.mark = mark;
        w.status = status;
      }
      el.appendChild(root);
      w.root = root;
      widgets[id] = w;
      lastId = id;
      return id;
    },
    execute: function (id, opts) {
      if (id && typeof id === "object") { opts = id; id = undefined; }
      var w = widget(id);
      var promise = null;
      if (opts && opts.async) {
        promise = new Promise(function (resolve, reject) { w.pending = { resolve: resolve, reject: reject }; });
      }
      begin(w);
      return promise;
    },
    reset: function (id) {
      var w = widget(id);
      w.response = "";
      w.key = "";
      w.open = false;
      paint(w);
    },
    remove: function (id) {
      var w = widget(id);
      settle(w, "challenge-closed");
      if (w.root && w.root.parentNode) w.root.parentNode.removeChild(w.root);
      delete widgets[w.id];
      if (lastId === w.id) lastId = null;
    },
    getResponse: function (id) { return widget(id).response; },
    getRespKey: function (id) { return widget(id).key; },
    setData: function (id, data) {
      if (id && typeof id === "object") { data = id; id = undefined; }
      widget(id).data = data || null;
    },
    close: function (id) {
      var w = widget(id);
      if (!w.open) return;
      w.open = false;
      call(w, "close-callback");
      settle(w, "challenge-closed");
    }
  };

  /** Hooks for end-to-end tests: drive expiry, errors and closing without a real challenge. */
  var testApi = {
    /** The token just expired: response cleared, expired-callback called. */
    expire: function (id) { var w = widget(id); w.response = ""; w.key = ""; paint(w); call(w, "expired-callback"); },
    /** The open challenge expired: chalexpired-callback called. */
    challengeExpire: function (id) { var w = widget(id); w.open = false; call(w, "chalexpired-callback"); settle(w, "challenge-expired"); },
    /** Fail now with an hCaptcha error code (error-callback; a pending execute rejects). */
    fail: function (code, id) { var w = widget(id); var c = code || "network-error"; w.open = false; call(w, "error-callback", c); settle(w, c); },
    /** Make the next solve fail with this code. */
    failNext: function (code) { failNext = code || "challenge-error"; },
    /** The person closed the challenge: close-callback; a pending execute rejects. */
    close: function (id) { api.close(id); },
    /** true while a challenge is open (executed and not yet solved, closed or failed). */
    isOpen: function (id) { try { return widget(id).open; } catch (e) { return false; } },
    /** Solve the open challenge now (with manual mode) and return the token. */
    solve: function (id) { return solve(widget(id)); },
    /** true: challenges wait for solve()/close() instead of solving themselves. */
    setManual: function (value) { manual = value !== false; },
    /** Every token issued so far, oldest first. */
    tokens: function () { return issued.slice(); },
    widgets: function () { return Object.keys(widgets); }
  };

  window.hcaptcha = api;
  window.__hcaptchaTest = testApi;

  if (params.get("render") !== "explicit") {
    var auto = document.querySelectorAll(".h-captcha");
    for (var i = 0; i < auto.length; i++) api.render(auto[i], { sitekey: auto[i].getAttribute("data-sitekey") });
  }
  var onload = params.get("onload");
  if (onload && typeof window[onload] === "function") setTimeout(function () { window[onload](); }, 0);
})();
`;
}
