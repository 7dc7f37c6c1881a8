// Server errors: each dialect on the right field; 409, 422, 429 (countdown, then
// success), 500 and a dropped connection, with values kept and one POST each.
import type { Page } from "@playwright/test";
import type { SignupFormPage } from "../src/testing";
import { defaultValues, expect, test, uniqueEmail } from "./support/fixtures";
import type { MockAdmin } from "./support/fixtures";

/** Counts the POSTs the browser sends to /register. */
function countPosts(page: Page): () => number {
  let posts = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === "/register") posts++;
  });
  return () => posts;
}

async function fillValid(signup: SignupFormPage, email: string): Promise<void> {
  await signup.fill({ ...defaultValues, email });
  await signup.acceptTerms();
}

async function expectValuesKept(signup: SignupFormPage, email: string): Promise<void> {
  expect(await signup.values(["givenName", "surname", "email", "password"])).toEqual({
    ...defaultValues,
    email,
  });
  await expect(signup.termsCheckbox).toBeChecked();
}

async function expectNothingStored(mock: MockAdmin): Promise<void> {
  expect(await mock.accounts()).toEqual([]);
  expect(await mock.consents()).toEqual([]);
}

const dialects: ReadonlyArray<{
  scenario: string;
  errors: Record<string, string>;
}> = [
  { scenario: "error-stormpath", errors: { email: "Email required." } },
  {
    scenario: "error-problem-errors",
    errors: { email: "Email is not a valid email address.", password: "Password is too short." },
  },
  { scenario: "error-problem-invalid-params", errors: { email: "must be a valid email address" } },
  {
    scenario: "error-oauth",
    errors: { email: "The value of email is not valid." },
  },
  {
    scenario: "error-scim-conflict",
    errors: { email: "An account with that email already exists." },
  },
];

for (const dialect of dialects) {
  test(`error dialect ${dialect.scenario} lands on the right field`, async ({
    page,
    signup,
    mock,
    axe,
  }) => {
    const posts = countPosts(page);
    await signup.goto("/");
    await mock.scenario({ name: dialect.scenario, times: 1 });
    const email = uniqueEmail(dialect.scenario);
    await fillValid(signup, email);
    await signup.submit();
    for (const [field, text] of Object.entries(dialect.errors)) {
      await signup.expectFieldError(field, text);
    }
    await expect(signup.field(Object.keys(dialect.errors)[0] ?? "email")).toBeFocused();
    await axe(`field error (${dialect.scenario})`);
    await expectValuesKept(signup, email);
    expect(posts()).toBe(1);
    const logged = await mock.requests("POST");
    expect(logged.map((request) => request.scenario)).toEqual([dialect.scenario]);
    await expectNothingStored(mock);

    // Fixing the value clears nothing else; the next submit goes through.
    await signup.submit();
    await signup.expectSuccess("ENABLED");
    expect(posts()).toBe(2);
    expect((await mock.accounts()).map((account) => account.email)).toEqual([email]);
  });
}

test("409: an email already taken (modern style) shows on the email field", async ({
  page,
  signup,
  mock,
  axe,
}) => {
  await mock.configure({ preset: "modern" });
  const email = uniqueEmail("dup");
  await signup.goto("/");
  await fillValid(signup, email);
  await signup.submit();
  await signup.expectSuccess("ENABLED");

  const posts = countPosts(page);
  await signup.goto("/");
  await fillValid(signup, email.toUpperCase());
  await signup.submit();
  await signup.expectFieldError("email", "An account with that email already exists.");
  await axe("field error 409");
  await expectValuesKept(signup, email.toUpperCase());
  expect(posts()).toBe(1);
  expect((await mock.requests("POST")).map((request) => request.status)).toEqual([201, 409]);
  expect(await mock.accounts()).toHaveLength(1);
  const rejected = (await mock.audit()).filter((event) => event.event === "registration.rejected");
  expect(rejected).toEqual([expect.objectContaining({ status: 409, field: "email" })]);
});

test("422: a disposable email domain shows on the email field", async ({ page, signup, mock }) => {
  const posts = countPosts(page);
  await signup.goto("/");
  await fillValid(signup, "ada@mailinator.com");
  await signup.submit();
  await signup.expectFieldError("email", "Email addresses from this domain are not accepted.");
  await expectValuesKept(signup, "ada@mailinator.com");
  expect(posts()).toBe(1);
  expect((await mock.requests("POST")).map((request) => request.status)).toEqual([422]);
  await expectNothingStored(mock);

  const email = uniqueEmail("kept");
  await signup.fill({ email });
  await signup.submit();
  await signup.expectSuccess("ENABLED");
  expect((await mock.accounts()).map((account) => account.email)).toEqual([email]);
});

test("429: submit waits for the countdown, values kept, then succeeds", async ({
  page,
  signup,
  mock,
  axe,
}) => {
  const posts = countPosts(page);
  await signup.goto("/");
  await mock.scenario({ name: "rate-limited", times: 1, retryAfter: 3 });
  const email = uniqueEmail("ratelimit");
  await fillValid(signup, email);
  await signup.submit();
  await expect(signup.submitButton).toBeDisabled();
  await expect(signup.submitButton).toHaveAttribute("data-state", "waiting");
  await expect(signup.countdown).toContainText(/\d/);
  await expect(signup.status).toContainText("Too many attempts");
  await axe("rate-limited countdown");
  await expectValuesKept(signup, email);
  // No automatic resend while waiting.
  expect(posts()).toBe(1);
  // The countdown ends by itself (Retry-After: 3 s) and submit comes back.
  await expect(signup.submitButton).toBeEnabled({ timeout: 6000 });
  await expect(signup.countdown).toHaveCount(0);
  expect(posts()).toBe(1);
  await signup.submit();
  await signup.expectSuccess("ENABLED");
  expect(posts()).toBe(2);
  expect((await mock.requests("POST")).map((request) => request.status)).toEqual([429, 200]);
  expect((await mock.accounts()).map((account) => account.email)).toEqual([email]);
});

test("500: a form-level message (server text never shown), values kept, one POST", async ({
  page,
  signup,
  mock,
  axe,
}) => {
  const posts = countPosts(page);
  await signup.goto("/");
  await mock.scenario({ name: "server-error", times: 1, target: "POST" });
  const email = uniqueEmail("five");
  await fillValid(signup, email);
  await signup.submit();
  await signup.expectFormError("Something went wrong on our side. Please try again in a moment.");
  await expect(signup.root).not.toContainText("stack trace");
  await axe("server error 500");
  await expectValuesKept(signup, email);
  expect(posts()).toBe(1);
  await expectNothingStored(mock);

  await signup.submit();
  await signup.expectSuccess("ENABLED");
  expect((await mock.requests("POST")).map((request) => request.status)).toEqual([500, 200]);
});

test("network drop on POST: the uncertain-outcome message, values kept, never retried", async ({
  page,
  signup,
  mock,
  axe,
}) => {
  const posts = countPosts(page);
  await signup.goto("/");
  // Requests that failed without any answer. A request that got its answer can
  // still be reported failed (net::ERR_ABORTED) when the page aborts its
  // controller afterwards, and an asset is no business of this test: neither counts.
  const lost: string[] = [];
  page.on("requestfailed", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname !== "/register") return;
    void request.response().then((response) => {
      if (response === null) lost.push(`${request.method()} ${pathname}`);
    });
  });
  // The mock server drops the connection after a partial status line, and the
  // preview proxy passes the same on to the browser, so Chromium cannot silently
  // resend the POST on a reused keep-alive connection: the page sees the reset.
  await mock.scenario({ name: "network-error", times: 1, target: "POST" });
  const email = uniqueEmail("drop");
  await fillValid(signup, email);
  await signup.submit();
  await signup.expectFormError(
    "We lost the connection, so your account may or may not have been created.",
  );
  await axe("network error");
  await expectValuesKept(signup, email);
  expect(lost).toEqual(["POST /register"]);
  expect(posts()).toBe(1);
  const logged = await mock.requests("POST");
  expect(logged).toHaveLength(1);
  expect(logged[0]?.scenario).toBe("network-error");
  await expectNothingStored(mock);
});
