// Consent: blocked until ticked; the record holds version, URL, time and locale;
// the server's timestamp is close to the client's. The record is posted only
// under a key the view model declares; otherwise the signup still goes through
// and only the app gets the record.
import { defaultValues, expect, test, uniqueEmail } from "./support/fixtures";

test("consent blocks signup until ticked, and the server stores a complete record", async ({
  page,
  baseURL,
  signup,
  mock,
  axe,
}) => {
  await mock.configure({ preset: "consent-required" });
  await signup.goto("/");
  await expect(signup.termsCheckbox).not.toBeChecked();
  await expect(signup.marketingCheckbox).not.toBeChecked();
  // The terms links open in a new tab, so reading them never loses what was typed.
  for (const link of await signup.consent.getByRole("link").all()) {
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", /noopener/);
  }
  const email = uniqueEmail("consent");
  await signup.fill({ ...defaultValues, email });
  await signup.submit();
  await expect(signup.termsError).toHaveText("Please accept the terms to create your account.");
  await expect(signup.termsCheckbox).toHaveAttribute("aria-invalid", "true");
  await expect(signup.termsCheckbox).toBeFocused();
  await axe("terms required");
  expect(await mock.requests("POST")).toHaveLength(0);
  expect(await signup.values(["email", "givenName"])).toEqual({ email, givenName: "Ada" });

  await signup.acceptTerms();
  await signup.setMarketing(true);
  const before = Date.now();
  const posted = page.waitForRequest((request) => request.method() === "POST");
  await signup.submit();
  await signup.expectSuccess("ENABLED");
  const after = Date.now();
  // Declared by the view model as `consent`: posted at the root under that key.
  const body = (await posted).postDataJSON() as Record<string, unknown>;
  expect(body.consent).toMatchObject({ termsVersion: "2026-01", marketing: true });
  expect(body.customData).toBeUndefined();

  const [account] = await mock.accounts();
  const consents = await mock.consents();
  expect(consents).toHaveLength(1);
  const record = consents[0]!;
  expect(record).toMatchObject({
    accountId: account?.id,
    termsVersion: "2026-01",
    termsUrl: new URL("/terms", baseURL).toString(),
    locale: await page.evaluate(() => document.documentElement.lang),
    marketing: true,
  });
  expect(record.locale).toBe("en");
  const acceptedAt = Date.parse(record.acceptedAt ?? "");
  const recordedAt = Date.parse(record.recordedAt);
  // The client's time of acceptance lies within the submit, and the server's
  // timestamp is within a few seconds of it (same machine, so same clock).
  expect(acceptedAt).toBeGreaterThanOrEqual(before - 1000);
  expect(acceptedAt).toBeLessThanOrEqual(after + 1000);
  expect(Math.abs(recordedAt - acceptedAt)).toBeLessThan(5000);
  const events = (await mock.audit()).map((event) => event.event);
  expect(events).toEqual(expect.arrayContaining(["account.created", "consent.recorded"]));
});

test("marketing consent is optional and recorded as false when left unticked", async ({
  signup,
  mock,
}) => {
  // The server declares the consent key without requiring it.
  await mock.configure({ consent: { enabled: true } });
  await signup.goto("/");
  await signup.fill({ ...defaultValues, email: uniqueEmail("nomarketing") });
  await signup.acceptTerms();
  await signup.submit();
  await signup.expectSuccess("ENABLED");
  const [record] = await mock.consents();
  expect(record?.marketing).toBe(false);
  expect(record?.termsVersion).toBe("2026-01");
});

test("a server that does not declare the key (stock express-stormpath) still signs up; the app gets the record", async ({
  page,
  signup,
  mock,
}) => {
  // Like a stock express-stormpath: no consent field declared (the stormpath
  // style when named explicitly).
  await mock.configure({ consent: { enabled: false } });
  await signup.goto("/");
  const email = uniqueEmail("undeclared");
  await signup.fill({ ...defaultValues, email });
  // The person still has to accept the terms.
  await signup.submit();
  await expect(signup.termsError).toHaveText("Please accept the terms to create your account.");
  await signup.acceptTerms();
  const posted = page.waitForRequest((request) => request.method() === "POST");
  await signup.submit();
  await signup.expectSuccess("ENABLED");
  const body = (await posted).postDataJSON() as Record<string, unknown>;
  expect(Object.keys(body)).not.toContain("consent");
  expect(body.customData).toBeUndefined();
  expect(await mock.accounts()).toEqual([expect.objectContaining({ email })]);
  expect(await mock.consents()).toEqual([]);
  // onSuccess got the record, marked as not posted (the demo prints the result).
  const result = JSON.parse((await page.getByTestId("demo/result").textContent()) ?? "{}") as {
    consent?: { posted: boolean; record: { termsVersion: string } };
  };
  expect(result.consent).toMatchObject({ posted: false, record: { termsVersion: "2026-01" } });
});

test("the mock with no configuration declares the consent key: the documented consent example posts its record", async ({
  page,
  signup,
  mock,
}) => {
  // (The development warning an undeclared key would print is checked in the
  // unit tests: this demo is a production build.)
  await mock.configureExactly({});
  await signup.goto("/");
  await signup.fill({ ...defaultValues, email: uniqueEmail("defaults") });
  await signup.acceptTerms();
  const posted = page.waitForRequest((request) => request.method() === "POST");
  await signup.submit();
  await signup.expectSuccess("ENABLED");
  const body = (await posted).postDataJSON() as Record<string, unknown>;
  expect(body.consent).toMatchObject({ termsVersion: "2026-01" });
  expect(await mock.consents()).toEqual([expect.objectContaining({ termsVersion: "2026-01" })]);
});
