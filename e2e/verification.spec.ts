// The verification journey in a real browser against the standalone mock:
// sign up → the email in the outbox → follow its link → verified → the user
// as a SCIM client sees it.
import { defaultValues, expect, mockAdminRequest, test, uniqueEmail } from "./support/fixtures";

interface OutboxEmail {
  to: string;
  link: string;
  sptoken: string;
  trigger: string;
}

test("sign up, follow the emailed link, verified, and the user appears through SCIM", async ({
  page,
  signup,
  mock,
  axe,
  baseURL,
}) => {
  await mock.configure({
    preset: "email-verification",
    verification: { linkUrl: `${baseURL ?? ""}/confirm-email` },
  });
  await signup.goto("/");
  const email = uniqueEmail("verify");
  await signup.fill({ ...defaultValues, email });
  await signup.acceptTerms();
  await signup.submit();
  await signup.expectSuccess("UNVERIFIED");
  await expect(page.getByText("Didn't get the email?")).toBeVisible();
  await axe("success UNVERIFIED with resend");

  // "Didn't get the email?": a second email, then a visible cooldown on a still-focusable button.
  const resend = page.getByRole("button", { name: "Send a new link" });
  await resend.click();
  await expect(page.getByText(/a new link is on its way/)).toBeVisible();
  await expect(resend).toHaveAttribute("aria-disabled", "true");
  await expect(resend).toBeFocused();
  await expect(page.getByText(/You can ask for another link in \d+ s\./)).toBeVisible();

  const api = await mockAdminRequest();
  const outbox = (await (
    await api.get(`/__mock/outbox?to=${encodeURIComponent(email)}`)
  ).json()) as { messages: OutboxEmail[] };
  expect(outbox.messages.map((m) => m.trigger)).toEqual(["signup", "resend"]);
  const latest = outbox.messages.at(-1);
  expect(latest?.link).toMatch(/\/confirm-email\?sptoken=/);

  await page.goto(latest?.link ?? "");
  await expect(page.getByRole("heading", { name: "Your email address is verified" })).toBeFocused();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(new URL(page.url()).searchParams.has("sptoken")).toBe(false);
  await axe("verify: verified");

  // The first email's link was used up by verifying.
  await page.goto(outbox.messages[0]?.link ?? "");
  await expect(
    page.getByRole("heading", { name: "This verification link has already been used" }),
  ).toBeVisible();
  await axe("verify: used, with resend form");

  const scim = await api.get(
    `/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}`,
    { headers: { authorization: "Bearer signup-kit-scim-dev-token" } },
  );
  expect(scim.status()).toBe(200);
  expect(scim.headers()["content-type"]).toMatch(/^application\/scim\+json/);
  const list = (await scim.json()) as {
    totalResults: number;
    Resources: Array<{ userName: string; active: boolean; name: { givenName: string } }>;
  };
  expect(list.totalResults).toBe(1);
  expect(list.Resources[0]).toMatchObject({
    userName: email,
    active: true,
    name: { givenName: "Ada" },
  });
  await api.dispose();
});

test("an unknown link says so and offers a new one", async ({ page, mock, axe }) => {
  await mock.configure({ preset: "email-verification" });
  await page.goto("/confirm-email?sptoken=not-a-real-token");
  await expect(
    page.getByRole("heading", { name: "This verification link is not valid" }),
  ).toBeVisible();
  await page.getByLabel("Email address").fill("nobody@example.com");
  await page.getByRole("button", { name: "Send a new link" }).click();
  await expect(page.getByText(/a new link is on its way/)).toBeVisible();
  await axe("verify: invalid, after a resend");
});
