import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// The form loads its flows with import(); under Vitest the first import of a
// module is transformed on demand, which can take over a second on a busy
// 2-core machine. findBy*/waitFor wait up to 5 s instead of 1 s; a state that
// never comes still fails.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});
