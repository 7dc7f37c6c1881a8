// Ory Elements: the registration card, fed a registration flow object the way
// an app gets one from Ory (here a fixed one, so it renders without Ory).
import { Registration } from "@ory/elements-react/theme";
import "@ory/elements-react/theme/styles.css";
import { mount } from "../../entries/mount";

const now = new Date().toISOString();
const input = (name: string, type: string, label: string, group: string, autocomplete?: string) => ({
  type: "input",
  group,
  attributes: { name, type, required: true, disabled: false, node_type: "input", autocomplete },
  messages: [],
  meta: { label: { id: 1070002, text: label, type: "info" } },
});
const flow = {
  id: "00000000-0000-4000-8000-000000000000",
  type: "browser",
  expires_at: new Date(Date.now() + 3_600_000).toISOString(),
  issued_at: now,
  request_url: `${location.origin}/self-service/registration/browser`,
  state: "choose_method",
  ui: {
    action: `${location.origin}/self-service/registration?flow=00000000-0000-4000-8000-000000000000`,
    method: "POST",
    nodes: [
      {
        type: "input",
        group: "default",
        attributes: { name: "csrf_token", type: "hidden", value: "bench", required: true, disabled: false, node_type: "input" },
        messages: [],
        meta: {},
      },
      input("traits.email", "email", "E-Mail", "default", "email"),
      input("password", "password", "Password", "password", "new-password"),
      {
        type: "input",
        group: "password",
        attributes: { name: "method", type: "submit", value: "password", disabled: false, node_type: "input" },
        messages: [],
        meta: { label: { id: 1040001, text: "Sign up", type: "info" } },
      },
    ],
  },
};

const config = {
  sdk: { url: location.origin },
  project: {
    name: "Bench",
    default_redirect_url: "/",
    error_ui_url: "/error",
    login_ui_url: "/login",
    registration_ui_url: "/registration",
    recovery_ui_url: "/recovery",
    verification_ui_url: "/verification",
    settings_ui_url: "/settings",
    registration_enabled: true,
    verification_enabled: false,
    recovery_enabled: false,
  },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
mount(<Registration flow={flow as any} config={config as any} />);
