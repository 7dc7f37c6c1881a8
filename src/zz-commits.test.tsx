import { Profiler } from "react";
import { render, screen } from "@testing-library/react";
import { expect, it } from "vitest";
import { SignupForm } from "./components/SignupForm";

it("counts commits", async () => {
  const vm = { form: { fields: [
    { name: "givenName", label: "First", required: true, type: "text" },
    { name: "email", label: "Email", required: true, type: "email" },
    { name: "password", label: "Password", required: true, type: "password" },
  ] }, accountStores: [] };
  const commits: string[] = [];
  const fetch = async () => new Response(JSON.stringify(vm), { headers: { "content-type": "application/json" } });
  render(
    <Profiler id="f" onRender={(_id, phase) => commits.push(phase)}>
      <SignupForm endpoint="http://localhost/register" fetch={fetch} consent={{ version: "1", url: "/t" }} />
    </Profiler>,
  );
  await screen.findByRole("button", { name: "Create account" });
  await new Promise((r) => setTimeout(r, 200));
  console.log("COMMITS", commits);
  expect(commits.length).toBeGreaterThan(0);
});
