// The interop page: <SignupForm> from the packed kit, as an app embeds it.
// Query options: `consent=1` (terms checkbox), `captcha=1` (the test captcha
// served by the page's own server), `endpoint=/path`. What the form reports
// (onSuccess, onError, onEvent) is written to `#outcome` and `window.__interop`.
import { createRoot } from "react-dom/client";
import { SignupForm } from "signup-kit";
import "signup-kit/styles.css";

type Report = { success: unknown[]; errors: unknown[]; events: unknown[] };
const report: Report = { success: [], errors: [], events: [] };
(window as unknown as { __interop: Report }).__interop = report;

const params = new URLSearchParams(location.search);
const outcome = document.getElementById("outcome");
function show() {
  if (outcome) outcome.textContent = JSON.stringify(report);
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <SignupForm
      endpoint={params.get("endpoint") ?? "/register"}
      {...(params.has("consent")
        ? { consent: { version: "2026-01", url: "/terms", privacyUrl: "/privacy" } }
        : {})}
      {...(params.has("captcha")
        ? {
            captcha: {
              siteKey: "10000000-ffff-ffff-ffff-000000000001",
              apihost: `${location.origin}/__test/hcaptcha`,
            },
          }
        : {})}
      onSuccess={(result) => {
        report.success.push({
          ...result,
          account: { email: result.account.email, status: result.account.status },
        });
        show();
      }}
      onError={(error) => {
        report.errors.push({
          kind: error.kind,
          status: error.status,
          message: error.message,
          fields: error.fields,
        });
        show();
      }}
      onEvent={(event) => {
        report.events.push(event);
        show();
      }}
    />,
  );
}
