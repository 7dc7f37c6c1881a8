// Password managers: autocomplete tokens, paste allowed, a long pasted password
// is not cut and the server receives exactly what was pasted.
import { defaultValues, expect, test, uniqueEmail } from "./support/fixtures";

test("autocomplete attributes, no maxlength, and a long pasted password stored as typed", async ({
  page,
  context,
  signup,
  mock,
  axe,
}) => {
  await mock.configure({ preset: "all-optional-fields" });
  await signup.goto("/");
  const expected: Record<string, string> = {
    username: "username",
    givenName: "given-name",
    middleName: "additional-name",
    surname: "family-name",
    email: "email",
    password: "new-password",
    confirmPassword: "new-password",
  };
  for (const [name, token] of Object.entries(expected)) {
    await expect(signup.field(name), name).toHaveAttribute("autocomplete", token);
  }
  for (const name of ["password", "confirmPassword"]) {
    await expect(signup.field(name)).not.toHaveAttribute("maxlength", /.*/);
    await expect(signup.field(name)).toHaveAttribute("type", "password");
  }

  // 200 code points: spaces, mixed case, accents and astral characters (2 UTF-16 units each).
  const password = [
    ...`  Tr0ub4dor & ${"ÄbÇ dé ".repeat(8)}${"🦄🔑".repeat(10)}${"Zq".repeat(100)}`,
  ]
    .slice(0, 200)
    .join("");
  const codePoints = [...password].length;
  expect(codePoints).toBe(200);
  expect(password.length).toBeGreaterThan(200);

  // A real paste from the clipboard, as a password manager's "copy" does.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.evaluate((text) => navigator.clipboard.writeText(text), password);
  const prevented = page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('input[name="password"]');
        input?.addEventListener(
          "paste",
          (event) => setTimeout(() => resolve(event.defaultPrevented)),
          {
            once: true,
          },
        );
      }),
  );
  await signup.field("password").focus();
  await page.keyboard.press("ControlOrMeta+V");
  expect(await prevented).toBe(false);
  await expect(signup.field("password")).toHaveValue(password);
  await signup.field("confirmPassword").focus();
  await page.keyboard.press("ControlOrMeta+V");
  await expect(signup.field("confirmPassword")).toHaveValue(password);

  // Proof that the server compares exactly what was pasted: a blocklist holding
  // this very password makes the server refuse it (on the password field).
  // Stormpath style: one message and code 2007, no field pointer, still on the field.
  await mock.configure({
    preset: "all-optional-fields",
    style: "stormpath",
    password: { blocklist: [password] },
  });
  const email = uniqueEmail("paste");
  await signup.fill({ email, givenName: defaultValues.givenName });
  await signup.acceptTerms();
  const firstPost = page.waitForRequest(
    (request) => request.method() === "POST" && request.url().endsWith("/register"),
  );
  await signup.submit();
  const sent = (await firstPost).postDataJSON() as Record<string, unknown>;
  expect(sent.password).toBe(password);
  expect(sent.confirmPassword).toBe(password);
  await signup.expectFieldError(
    "password",
    /Password is too common: .*common or breached passwords/,
  );
  await axe("server error on the password field");
  await expect(signup.field("password")).toHaveValue(password);
  expect(await mock.accounts()).toHaveLength(0);

  // The server accepts exactly 200 code points, no more, no less, and stores the account.
  await mock.configure({
    preset: "all-optional-fields",
    style: "modern",
    password: { minLength: codePoints, maxLength: codePoints, blocklist: [] },
  });
  await signup.submit();
  await signup.expectSuccess("ENABLED");
  expect((await mock.accounts()).map((account) => account.email)).toEqual([email]);
  const posts = await mock.requests("POST");
  expect(posts).toHaveLength(2);
  expect(posts.map((post) => post.status)).toEqual([400, 201]);
  // The request log never holds the password.
  expect(JSON.stringify(posts)).not.toContain("Tr0ub4dor");
});
