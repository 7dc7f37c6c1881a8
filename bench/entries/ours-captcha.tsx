// Size only: the same page with the captcha option set, so the lazy hCaptcha
// chunk is part of the build (it needs hCaptcha's servers to render).
import { SignupForm } from "../../src/index";
import "../../src/theme/styles.css";
import { benchEndpoint, mount } from "./mount";

mount(
  <SignupForm
    endpoint={benchEndpoint()}
    consent={{ version: "2026-01", url: "/terms" }}
    captcha={{ siteKey: "10000000-ffff-ffff-ffff-000000000001" }}
  />,
);
