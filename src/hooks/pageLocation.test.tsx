// The hook hands the page's location to the pure normalisation (core/ reads no
// browser state): a same-origin http store is kept in development, and a
// relative endpoint resolves against the page.
import { renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { RegisterViewModel } from "../contract/types";
import { useSignupForm } from "./useSignupForm";

const viewModel = (authorizeUri: string): RegisterViewModel => ({
  form: { fields: [{ name: "email", label: "Email", required: true, type: "email" }] },
  accountStores: [{ name: "Local", provider: { providerId: "okta", authorizeUri } }],
});

describe("useSignupForm and the page's location", () => {
  it("keeps a same-origin http store (development) and resolves it against the page", () => {
    expect(location.protocol).toBe("http:");
    const { result } = renderHook(() =>
      useSignupForm({ endpoint: "/register", initialViewModel: viewModel("/authorize") }),
    );
    expect(result.current.accountStores.map((store) => store.authorizeUrl)).toEqual([
      `${location.origin}/authorize`,
    ]);
  });

  it("drops an http store on another origin", () => {
    const { result } = renderHook(() =>
      useSignupForm({
        endpoint: "/register",
        initialViewModel: viewModel("http://elsewhere.example/authorize"),
      }),
    );
    expect(result.current.accountStores).toEqual([]);
  });
});
