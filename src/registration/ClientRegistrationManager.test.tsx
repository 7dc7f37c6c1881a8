import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createHandlers } from "../mock/handlers";
import { ClientRegistrationManager } from "./ClientRegistrationManager";
import type { ClientInformation } from "../contract/clientMetadata";

const ISSUER = "http://127.0.0.1:4998";
const { handlers, backend } = createHandlers({ baseUrl: ISSUER });
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(async () => {
  server.resetHandlers();
  await backend.reset();
});
afterAll(() => server.close());

async function registered(extra: Record<string, unknown> = {}): Promise<ClientInformation> {
  const res = await fetch(`${ISSUER}/oauth/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      client_name: "App",
      redirect_uris: ["https://a.example/cb"],
      software_id: "sw-1",
      ...extra,
    }),
  });
  return (await res.json()) as ClientInformation;
}

function manage(info: ClientInformation, props: Record<string, unknown> = {}) {
  return render(
    <ClientRegistrationManager
      registrationClientUri={info.registration_client_uri ?? ""}
      registrationAccessToken={info.registration_access_token ?? ""}
      {...props}
    />,
  );
}

describe("<ClientRegistrationManager>", { timeout: 20_000 }, () => {
  it("reads the registration and is axe-clean", async () => {
    const info = await registered();
    const { container } = manage(info);
    expect(await screen.findByLabelText(/Application name/)).toHaveValue("App");
    expect(screen.getByText(info.client_id)).toBeInTheDocument();
    const results = await axe.run(container, {
      // jsdom has no layout or computed colours: axe cannot measure contrast here.
      rules: { "color-contrast": { enabled: false } },
    });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it("PUTs the full metadata with client_id, keeps unshown members, never server-set ones (§2.2)", async () => {
    const info = await registered();
    const bodies: Array<Record<string, unknown>> = [];
    server.events.on("request:start", ({ request }) => {
      if (request.method === "PUT")
        void request
          .clone()
          .json()
          .then((b) => bodies.push(b as Record<string, unknown>));
    });
    const user = userEvent.setup();
    manage(info, { fields: ["client_name", "redirect_uris"] });
    const name = await screen.findByLabelText(/Application name/);
    await user.clear(name);
    await user.type(name, "Renamed");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText("Changes saved.")).toBeInTheDocument();
    server.events.removeAllListeners();
    expect(bodies[0]).toMatchObject({
      client_id: info.client_id,
      client_name: "Renamed",
      software_id: "sw-1",
      redirect_uris: ["https://a.example/cb"],
    });
    for (const key of [
      "registration_access_token",
      "registration_client_uri",
      "client_secret_expires_at",
      "client_id_issued_at",
      "client_secret",
    ])
      expect(bodies[0]).not.toHaveProperty(key);
    expect(backend.oauthClients()[0]?.metadata.client_name).toBe("Renamed");
  });

  it("keeps the editable members it does not show as they were read (§2.2 replaces everything)", async () => {
    const info = await registered({
      grant_types: ["authorization_code", "refresh_token"],
      token_endpoint_auth_method: "client_secret_post",
      scope: "read write",
      contacts: ["dev@example.com"],
      client_uri: "https://a.example",
    });
    const user = userEvent.setup();
    manage(info, { fields: ["client_name", "redirect_uris"] });
    const name = await screen.findByLabelText(/Application name/);
    await user.clear(name);
    await user.type(name, "Renamed");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText("Changes saved.")).toBeInTheDocument();
    expect(backend.oauthClients()[0]?.metadata).toMatchObject({
      client_name: "Renamed",
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_post",
      scope: "read write",
      contacts: ["dev@example.com"],
      client_uri: "https://a.example",
      software_id: "sw-1",
    });
  });

  it("puts an update error on the field it names, keeps the values, and focuses it", async () => {
    const info = await registered({ scope: "read" });
    await fetch(`${ISSUER}/__mock/oauth/scenario`, {
      method: "POST",
      body: JSON.stringify({ name: "oauth-invalid-client-metadata", target: "PUT", times: 1 }),
    });
    const onUpdated = vi.fn();
    const user = userEvent.setup();
    manage(info, { onUpdated });
    const scope = await screen.findByLabelText(/^Scope/);
    await user.type(scope, " admin");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(scope).toHaveAttribute("aria-invalid", "true"));
    expect(scope).toHaveAccessibleDescription(
      /did not accept this value.*The server said: scope: the scope value is not allowed/,
    );
    await waitFor(() => expect(scope).toHaveFocus());
    expect(scope).toHaveValue("read admin");
    // On the field, not repeated form-level.
    expect(screen.getByRole("alert")).toHaveTextContent("");
    expect(onUpdated).not.toHaveBeenCalled();
    expect(backend.oauthClients()[0]?.metadata.scope).toBe("read");
  });

  it("shows the same sections, opening the advanced one on a server error inside it", async () => {
    const info = await registered({
      scope: "read",
      grant_types: ["authorization_code", "refresh_token"],
    });
    await fetch(`${ISSUER}/__mock/oauth/scenario`, {
      method: "POST",
      body: JSON.stringify({ name: "oauth-invalid-client-metadata", target: "PUT", times: 1 }),
    });
    const user = userEvent.setup();
    manage(info);
    const name = await screen.findByLabelText(/^Application name/);
    expect(screen.getByRole("group", { name: "About the application" })).toContainElement(name);
    const details = screen.getByText("Advanced settings").closest("details");
    expect(details).not.toHaveAttribute("open");
    const refresh = screen.getByRole("checkbox", { name: "Refresh token" });
    expect(refresh).toBeChecked();
    expect(refresh).toHaveAccessibleDescription("refresh_token");
    expect(refresh).not.toBeVisible();
    await user.clear(name);
    await user.type(name, "Renamed");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    const scope = screen.getByLabelText(/^Scope/);
    await waitFor(() => expect(scope).toHaveFocus());
    expect(details).toHaveAttribute("open");
    expect(scope).toBeVisible();
    expect(scope).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveValue("Renamed");
  });

  it("shows a rotated secret once", async () => {
    backend.configure({ oauthRegistration: { rotateSecretOnUpdate: true } });
    const info = await registered();
    const user = userEvent.setup();
    manage(info);
    await screen.findByLabelText(/Application name/);
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText(/issued a new client secret/)).toBeInTheDocument();
    const secret = screen.getByRole("button", { name: "Copy Client secret" }).previousSibling
      ?.textContent;
    expect(secret).toBeTruthy();
    expect(secret).not.toBe(info.client_secret);
    await user.click(screen.getByRole("button", { name: "I have saved the secret" }));
    expect(screen.queryByText(secret ?? "")).not.toBeInTheDocument();
  });

  it("deletes only after confirmation", async () => {
    const info = await registered();
    const onDeleted = vi.fn();
    const user = userEvent.setup();
    manage(info, { onDeleted });
    await screen.findByLabelText(/Application name/);
    await user.click(screen.getByRole("button", { name: "Delete application" }));
    expect(backend.oauthClients()).toHaveLength(1);
    expect(screen.getByRole("button", { name: "Cancel" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await user.click(screen.getByRole("button", { name: "Delete application" }));
    await user.click(screen.getByRole("button", { name: "Delete for good" }));
    expect(await screen.findByText("The application was deleted.")).toBeInTheDocument();
    expect(onDeleted).toHaveBeenCalledOnce();
    expect(backend.oauthClients()).toHaveLength(0);
  });

  it("handles 401 (bad token) and 403", async () => {
    const info = await registered();
    const onAccessDenied = vi.fn();
    const { unmount } = manage({ ...info, registration_access_token: "wrong" }, { onAccessDenied });
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(/no longer valid/));
    expect(onAccessDenied).toHaveBeenCalledWith(401);
    expect(screen.queryByLabelText(/Application name/)).not.toBeInTheDocument();
    unmount();
    server.use(
      http.get(info.registration_client_uri ?? "", () =>
        HttpResponse.json({ error: "insufficient_scope" }, { status: 403 }),
      ),
    );
    manage(info, { onAccessDenied });
    await waitFor(() => expect(onAccessDenied).toHaveBeenCalledWith(403));
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(/not allowed/));
  });

  it("keeps a rotated registration access token for every later request, and tells the app (RFC 7592 §2.2)", async () => {
    // A server like oidc-provider with rotation on: each update answers with a new
    // token, the old one stops working; every answer repeats the unchanged secret.
    const uri = "https://op.test/reg/c1";
    let current = "rat-0";
    let issued = 0;
    const seen: string[] = [];
    const metadata = {
      client_id: "c1",
      client_secret: "same-secret",
      client_secret_expires_at: 0,
      client_name: "App",
      redirect_uris: ["https://a.example/cb"],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
      registration_client_uri: uri,
    };
    const authorised = (request: Request) => {
      const token = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
      seen.push(`${request.method} ${token}`);
      return token === current;
    };
    const denied = () =>
      HttpResponse.json(
        { error: "invalid_token" },
        { status: 401, headers: { "www-authenticate": "Bearer" } },
      );
    server.use(
      http.get(uri, ({ request }) =>
        authorised(request)
          ? HttpResponse.json({ ...metadata, registration_access_token: current })
          : denied(),
      ),
      http.put(uri, async ({ request }) => {
        if (!authorised(request)) return denied();
        const body = (await request.json()) as Record<string, unknown>;
        current = `rat-${++issued}`;
        return HttpResponse.json({ ...metadata, ...body, registration_access_token: current });
      }),
      http.delete(uri, ({ request }) =>
        authorised(request) ? new HttpResponse(null, { status: 204 }) : denied(),
      ),
    );
    const onChange = vi.fn<(token: string, info: ClientInformation) => void>();
    const onAccessDenied = vi.fn();
    const user = userEvent.setup();
    const props = {
      registrationClientUri: uri,
      onAccessDenied,
      onRegistrationAccessTokenChange: onChange,
    };
    const { rerender } = render(
      <ClientRegistrationManager {...props} registrationAccessToken="rat-0" />,
    );
    const name = await screen.findByLabelText(/Application name/);

    await user.clear(name);
    await user.type(name, "First");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText("Changes saved.")).toBeInTheDocument();
    expect(onChange).toHaveBeenLastCalledWith(
      "rat-1",
      expect.objectContaining({ client_name: "First" }),
    );
    // The same secret repeated is not a new one.
    expect(screen.queryByText(/issued a new client secret/)).not.toBeInTheDocument();
    expect(screen.queryByText("same-secret")).not.toBeInTheDocument();

    // The app stores the new token and passes it back: no reload, nothing lost.
    rerender(<ClientRegistrationManager {...props} registrationAccessToken="rat-1" />);
    await user.clear(name);
    await user.type(name, "Second");
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith("rat-2", expect.anything()));
    expect(screen.getByLabelText(/Application name/)).toHaveValue("Second");

    await user.click(screen.getByRole("button", { name: "Delete application" }));
    await user.click(screen.getByRole("button", { name: "Delete for good" }));
    expect(await screen.findByText("The application was deleted.")).toBeInTheDocument();
    expect(onAccessDenied).not.toHaveBeenCalled();
    expect(seen).toEqual(["GET rat-0", "PUT rat-0", "PUT rat-1", "DELETE rat-2"]);
  });

  it("shows a secret as new only when it differs from the one read, or its expiry changed", async () => {
    const uri = "https://op.test/reg/c2";
    let secret = { client_secret: "s-1", client_secret_expires_at: 0 };
    const info = {
      client_id: "c2",
      client_name: "App",
      redirect_uris: ["https://a.example/cb"],
      registration_client_uri: uri,
      registration_access_token: "rat",
    };
    server.use(
      http.get(uri, () => HttpResponse.json({ ...info, ...secret })),
      http.put(uri, () => HttpResponse.json({ ...info, ...secret })),
    );
    const user = userEvent.setup();
    render(<ClientRegistrationManager registrationClientUri={uri} registrationAccessToken="rat" />);
    await screen.findByLabelText(/Application name/);
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText("Changes saved.")).toBeInTheDocument();
    expect(screen.queryByText(/issued a new client secret/)).not.toBeInTheDocument();

    secret = { client_secret: "s-2", client_secret_expires_at: 0 };
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText(/issued a new client secret/)).toBeInTheDocument();
    expect(screen.getByText("s-2")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "I have saved the secret" }));

    secret = { client_secret: "s-2", client_secret_expires_at: 4102444800 };
    await user.click(screen.getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText(/issued a new client secret/)).toBeInTheDocument();
  });
});
