// A server component: the view model is fetched while rendering, so the form
// is in the HTML, and <SignupForm> (a client component) is imported directly.
import { headers } from "next/headers";
import { SignupForm } from "signup-kit";
import { MOCK_BASE } from "./mock";

const ENDPOINT = process.env.SIGNUP_ENDPOINT ?? `${MOCK_BASE}/register`;

export default async function SignupPage({
  searchParams,
}: {
  searchParams: Promise<{ scenario?: string }>;
}) {
  const { scenario } = await searchParams;
  // A relative endpoint is this app's own route handler: fetch it through this host.
  const host = (await headers()).get("host") ?? "localhost:3000";
  const url = new URL(ENDPOINT, `http://${host}`);
  const response = await fetch(url, { headers: { accept: "application/json" }, cache: "no-store" });
  const initialViewModel = response.ok ? await response.json() : undefined;
  return (
    <>
      <h1>Create your account</h1>
      <SignupForm
        endpoint={ENDPOINT}
        initialViewModel={initialViewModel}
        // Development only: force one of the mock's failure scenarios (?scenario=network-error).
        headers={scenario ? { "x-mock-scenario": scenario } : undefined}
      />
    </>
  );
}
