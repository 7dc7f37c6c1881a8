// signup-kit as an app uses it: the component and the default theme.
// Until src/index.ts exports SignupForm, the runner swaps in ./stub.tsx.
import { SignupForm } from "../../src/index";
import "../../src/theme/styles.css";
import { benchEndpoint, mount } from "./mount";

mount(<SignupForm endpoint={benchEndpoint()} consent={{ version: "2026-01", url: "/terms" }} />);
