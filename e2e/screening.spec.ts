// Breached-password screening and the age gate in real Chromium:
// the demo's <SignupForm> (`?screening=`, `?ageGate=`) against the standalone
// mock server's `/range/{prefix}` and its POST rules.
import { createHash } from "node:crypto";
import type { Page, Request } from "@playwright/test";
import { defaultValues, expect, test, uniqueEmail } from "./support/fixtures";

const BREACHED = "password123";
const SAFE = "violet anchor tundra lamp";
const sha1 = (text: string) => createHash("sha1").update(text, "utf8").digest("hex").toUpperCase();

/** Every request the page sends, as sent. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on("request", (request) => void requests.push(request));
  return requests;
}

const birthdate = (page: Page) => page.getByLabel(/Date of birth/);

test.describe("breached-password screening", () => {
  test("only the 5-character prefix leaves the page; a breach blocks submit until the password changes", async ({
    page,
    signup,
    mock,
    axe,
  }) => {
    const requests = recordRequests(page);
    await signup.goto("/?screening=block");
    await signup.fill({ ...defaultValues, email: uniqueEmail("pwned"), password: BREACHED });
    await signup.expectFieldError("password", /appeared in a data breach/);
    await axe("password found in a breach");

    const ranges = requests.filter((request) => /\/range\//.test(request.url()));
    expect(ranges.length).toBeGreaterThan(0);
    const hash = sha1(BREACHED);
    for (const request of ranges) {
      expect(new URL(request.url()).pathname).toBe(`/range/${hash.slice(0, 5)}`);
      expect(await request.headerValue("add-padding")).toBe("true");
    }
    for (const request of requests.filter((r) => !/\/register$/.test(r.url()))) {
      const sent = `${request.url()} ${request.postData() ?? ""} ${JSON.stringify(await request.allHeaders())}`;
      expect(sent).not.toContain(BREACHED);
      expect(sent.toUpperCase()).not.toContain(hash.slice(5));
    }

    await signup.acceptTerms();
    await signup.submit();
    await expect(signup.field("password")).toBeFocused();
    expect(await mock.requests("POST")).toHaveLength(0);

    await signup.fill({ password: SAFE });
    await signup.submit();
    await signup.expectSuccess("ENABLED");
  });

  test("fails open when the range endpoint is unreachable (the server stays the authority)", async ({
    page,
    signup,
    mock,
  }) => {
    await page.route("**/range/**", (route) => route.abort("blockedbyclient"));
    await signup.goto("/?screening=block");
    await signup.fill({ ...defaultValues, email: uniqueEmail("open"), password: BREACHED });
    await signup.acceptTerms();
    await signup.submit();
    // Not blocked in the browser: the POST goes out, and the mock refuses the breached password.
    await expect.poll(async () => (await mock.requests("POST")).length).toBe(1);
    // (A Stormpath-style error names no field: the kit shows it at form level.)
    await expect(page.getByText(/breach|common or breached/).first()).toBeVisible();
    await expect(signup.root).toHaveAttribute("data-state", "ready");
  });
});

test.describe("age gate", () => {
  test("birthdate mode: under age is blocked kindly with the parental consent link; of age signs up", async ({
    signup,
    mock,
    page,
    axe,
  }) => {
    // Modern style: it checks the gate's customData.birthdate (a stock Stormpath server has no such field).
    await mock.configure({ style: "modern", ageGate: { minimumAge: 16 } });
    await signup.goto("/?ageGate=16");
    const input = birthdate(page);
    await expect(input).toHaveAttribute("type", "date");
    await expect(input).toHaveAttribute("autocomplete", "bday");
    await expect(page.getByLabel(/Date of birth/)).toHaveCount(1);
    await axe("age gate ready");

    const today = new Date();
    const young = `${today.getFullYear() - 10}-06-15`;
    await signup.fill({ ...defaultValues, email: uniqueEmail("age") });
    // Typed with the keyboard, segment by segment: no picker needed.
    await input.fill(young);
    // Leaving the field explains the problem at once (the message then moves what is below).
    // (Tab moves between the date's day, month and year segments first.)
    await input.blur();
    await expect(input).toHaveAccessibleDescription(/at least 16 years old/);
    await signup.acceptTerms();
    await signup.submit();
    await expect(input).toBeFocused();
    await expect(input).toHaveAccessibleDescription(/at least 16 years old/);
    await expect(page.getByRole("link", { name: /parent or guardian/ })).toHaveAttribute(
      "href",
      "/parental-consent",
    );
    await axe("age gate: under age");
    expect(await mock.requests("POST")).toHaveLength(0);

    await input.fill("2000-02-29");
    await signup.submit();
    await signup.expectSuccess("ENABLED");
    const [account] = await mock.accounts();
    expect(account).toMatchObject({ customData: { birthdate: "2000-02-29" } });
  });

  test("confirm mode: a checkbox 'I am at least N years old'", async ({ signup, mock, page }) => {
    await mock.configure({ style: "modern", ageGate: { minimumAge: 13, mode: "confirm" } });
    await signup.goto("/?ageGate=13&ageMode=confirm");
    const box = page.getByRole("checkbox", { name: /I am at least 13 years old/ });
    await signup.fill({ ...defaultValues, email: uniqueEmail("confirm") });
    await signup.acceptTerms();
    await signup.submit();
    await expect(box).toHaveAttribute("aria-invalid", "true");
    await box.check();
    await signup.submit();
    await signup.expectSuccess("ENABLED");
  });
});
