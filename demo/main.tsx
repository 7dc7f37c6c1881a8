// The demo app `npm start` serves: <SignupForm> against the mock backend,
// running in this page through the msw service worker (public/mockServiceWorker.js).
// Point it at a real backend with SIGNUP_ENDPOINT or ?endpoint=…; then no worker starts.
//   ?preset=<name>  the mock server preset (when the mock's browser host supports it)
//   ?style=<name>   the mock's response dialect ("stormpath" or "modern"), likewise
//   ?theme=dark|light  force the theme's palette
//   ?locale=<tag>  the form's locale (de, fr, es, pt-BR, ja, ar …; catalogues load lazily)
//   ?samlUrl=<url>&allowedHosts=a,b  the backend's SAML start URL and extra store hosts (e2e: an
//                   https SAML start, since a production build refuses plain-http store URLs)
//   ?captcha=normal|compact|invisible  hCaptcha with the test site key; the script is the
//                      mock's test script (`/__mock/hcaptcha`), so it works offline.
//                      `&captchaTimeout=<ms>` sets the invisible challenge timeout.
//   ?screening=block|warn  breached-password screening against the mock's `/range/` (issue 12)
//   ?ageGate=<years>[&ageMode=confirm]  the age gate, with a parental consent link; the
//                   in-page mock then declares and enforces it too
//   ?view=register-app  straight to "Register an application" (OAuth client registration,
//                   RFC 7591/7592), without signing up first; `&initialAccessToken=<token>` for
//                   a mock configured with `oauthRegistration.initialAccessToken`;
//                   `&issuer=<url>` registers with another authorization server (e2e:
//                   oidc-provider) instead of the mock behind this page
import { StrictMode, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { SignupForm } from "../src/components/SignupForm";
import { ClientRegistrationForm } from "../src/registration/ClientRegistrationForm";
import { ClientRegistrationManager } from "../src/registration/ClientRegistrationManager";
import type { SignupResult } from "../src/contract/types";
import type { CaptchaOptions } from "../src/hooks/types";
import type { MockConfig } from "../src/mock/core/config";
import { verifyEndpointFor } from "../src/verify/endpoint";
import { VerifyEmail } from "../src/verify/VerifyEmail";
import "../src/theme/styles.css";
import "./demo.css";

const params = new URLSearchParams(location.search);
const configured =
  params.get("endpoint") ?? (import.meta.env.SIGNUP_ENDPOINT as string | undefined);
const endpoint = configured || "/register";
const theme = params.get("theme");
const locale = params.get("locale") ?? undefined;
const samlUrl = params.get("samlUrl") ?? undefined;
const allowedHosts = params.get("allowedHosts")?.split(",").filter(Boolean);
const captchaSize = params.get("captcha");
const captchaTimeout = Number(params.get("captchaTimeout"));
const captcha: CaptchaOptions | undefined =
  captchaSize === "normal" || captchaSize === "compact" || captchaSize === "invisible"
    ? {
        siteKey: "10000000-ffff-ffff-ffff-000000000001",
        size: captchaSize,
        apihost: `${location.origin}/__mock/hcaptcha`,
        ...(captchaTimeout > 0 ? { executeTimeout: captchaTimeout } : {}),
      }
    : undefined;

const screeningMode = params.get("screening");
const passwordScreening =
  screeningMode === "block" || screeningMode === "warn"
    ? {
        endpoint: new URL("/range/", new URL(endpoint, location.href)).href,
        mode: screeningMode as "block" | "warn",
      }
    : undefined;
const minimumAge = Number(params.get("ageGate"));
const ageMode: "birthdate" | "confirm" =
  params.get("ageMode") === "confirm" ? "confirm" : "birthdate";
const ageGate =
  minimumAge > 0
    ? { minimumAge, mode: ageMode, parentalConsentUrl: "/parental-consent" }
    : undefined;

/** Start the bundled mock backend in this page (service worker), configured from the query string. */
async function startMock(): Promise<string> {
  const { startMockWorker } = await import("../src/mock/browser");
  const config: MockConfig = {};
  const preset = params.get("preset");
  const style = params.get("style");
  if (preset) config.preset = preset;
  if (style === "stormpath" || style === "modern") config.style = style;
  if (captcha) config.captcha = { enabled: true };
  if (ageGate) config.ageGate = { minimumAge, mode: ageMode };
  await startMockWorker({ config });
  return `the bundled mock server in this page${preset ? ` (preset ${preset})` : ""}`;
}

/** The account as the server returned it, minus anything that looks like a secret. */
function publicAccount(result: SignupResult): string {
  return JSON.stringify(
    { ...result, account: result.account },
    (key, value: unknown) => (/password|secret|token/i.test(key) ? undefined : value),
    2,
  );
}

/**
 * After signup: register an application (RFC 7591), then manage it (RFC 7592).
 * The registration access token stays in this component's memory only: a real
 * portal keeps it server side.
 */
function RegisterApp() {
  const [registration, setRegistration] = useState<{ uri: string; token: string }>();
  // Where a portal would store the newest registration access token (server side).
  const latestToken = useRef<string | undefined>(undefined);
  const [rotations, setRotations] = useState(0);
  const initialAccessToken = params.get("initialAccessToken") ?? undefined;
  const issuer = params.get("issuer") ?? location.origin;
  const palette = theme === "dark" || theme === "light" ? theme : undefined;
  return (
    <section aria-labelledby="demo-register-app" data-testid="demo/register-app">
      <h2 id="demo-register-app">Register an application</h2>
      <p>
        Get API credentials for your app. The registration endpoint is discovered from the metadata
        of <code>{issuer}</code>.
      </p>
      <ClientRegistrationForm
        issuer={issuer}
        initialAccessToken={initialAccessToken}
        theme={palette}
        locale={locale}
        onRegistered={(info) => {
          if (info.registration_client_uri && info.registration_access_token)
            setRegistration({
              uri: info.registration_client_uri,
              token: info.registration_access_token,
            });
        }}
      />
      {registration ? (
        <section aria-labelledby="demo-manage-app" data-testid="demo/manage-app">
          <h2 id="demo-manage-app">Manage the application</h2>
          <ClientRegistrationManager
            key={registration.uri}
            registrationClientUri={registration.uri}
            registrationAccessToken={registration.token}
            // A server may rotate the token with any answer (RFC 7592 §2.2). The manager
            // keeps using the newest itself; a portal stores it server side, where it
            // kept the first. The demo keeps it in memory and does not pass it back.
            onRegistrationAccessTokenChange={(token) => {
              latestToken.current = token;
              setRotations((n) => n + 1);
            }}
            issuer={issuer}
            theme={palette}
            locale={locale}
          />
          {rotations > 0 ? (
            <p data-testid="demo/token-rotations">
              The server rotated the registration access token {rotations}{" "}
              {rotations === 1 ? "time" : "times"}; the newest is kept.
            </p>
          ) : null}
        </section>
      ) : null}
    </section>
  );
}

/** `?view=register-app`: the application registration on its own (QA, design). */
function RegisterAppPage() {
  return (
    <main className="demo">
      <h1>signup-kit demo: register an application</h1>
      <RegisterApp />
    </main>
  );
}

function Demo({ backend }: { backend: string }) {
  const [result, setResult] = useState<SignupResult>();
  return (
    <main className="demo">
      <h1>signup-kit demo</h1>
      <p>
        Backend: {backend}, endpoint <code>{endpoint}</code>.
        {configured
          ? null
          : " Sign up twice with the same email to see a field error from the server."}
      </p>
      <SignupForm
        endpoint={endpoint}
        consent={{ version: "2026-01", url: "/terms", privacyUrl: "/privacy", marketing: true }}
        theme={theme === "dark" || theme === "light" ? theme : undefined}
        locale={locale}
        samlUrl={samlUrl}
        allowedHosts={allowedHosts}
        captcha={captcha}
        passwordScreening={passwordScreening}
        ageGate={ageGate}
        onSuccess={setResult}
      />
      {result ? (
        <section aria-labelledby="demo-result">
          <h2 id="demo-result">Result</h2>
          <pre data-testid="demo/result">{publicAccount(result)}</pre>
        </section>
      ) : null}
      {result ? <RegisterApp /> : null}
    </main>
  );
}

/** `/confirm-email?sptoken=…`: the page a verification link lands on (set the mock's `verification.linkUrl` to it). */
function VerifyPage() {
  return (
    <main className="demo">
      <h1>signup-kit demo: email verification</h1>
      <VerifyEmail endpoint={verifyEndpointFor(endpoint)} signInUrl="/" />
    </main>
  );
}

async function main() {
  const container = document.getElementById("app");
  if (!container) throw new Error("#app is missing from index.html");
  let backend = "a real backend";
  if (!configured) {
    try {
      backend = await startMock();
    } catch (error) {
      // An unknown ?preset= or a blocked service worker: say so on the page.
      createRoot(container).render(
        <main className="demo">
          <h1>signup-kit demo</h1>
          <p role="alert">The in-page mock backend could not start: {String(error)}</p>
        </main>,
      );
      return;
    }
  }
  // `/confirm-email` (outside the paths proxied to a mock server) or, with the in-page mock, `/verify`.
  const verifyPage = /^\/(confirm-email|verify)\/?$/.test(location.pathname);
  const registerAppPage = params.get("view") === "register-app";
  createRoot(container).render(
    <StrictMode>
      {verifyPage ? (
        <VerifyPage />
      ) : registerAppPage ? (
        <RegisterAppPage />
      ) : (
        <Demo backend={backend} />
      )}
    </StrictMode>,
  );
}

void main();
