// The floor: a signup form as one would write it by hand, with no library.
// It fetches the same view model, renders its fields as uncontrolled inputs,
// a terms checkbox and a submit button, and posts the values as JSON.
import { useEffect, useState } from "react";
import type { FormEvent } from "react";

interface Field {
  name: string;
  label?: string;
  type?: string;
  required?: boolean;
  placeholder?: string;
}

type State = "loading" | "ready" | "error" | "submitting" | "done";

export function BaselineForm({ endpoint }: { endpoint: string }) {
  const [fields, setFields] = useState<Field[]>([]);
  const [state, setState] = useState<State>("loading");

  useEffect(() => {
    const controller = new AbortController();
    fetch(endpoint, { headers: { Accept: "application/json" }, signal: controller.signal })
      .then((response) => response.json())
      .then((body: { form: { fields: Field[] } }) => {
        setFields(body.form.fields);
        setState("ready");
      })
      .catch(() => {
        if (!controller.signal.aborted) setState("error");
      });
    return () => controller.abort();
  }, [endpoint]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget));
    setState("submitting");
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify(data),
    });
    setState(response.ok ? "done" : "error");
  }

  if (state === "loading") return <p>Loading…</p>;
  if (state === "done") return <p>Account created.</p>;
  return (
    <form method="post" action={endpoint} onSubmit={onSubmit}>
      {fields.map((field) => (
        <p key={field.name}>
          <label htmlFor={`b-${field.name}`}>{field.label ?? field.name}</label>
          <input
            id={`b-${field.name}`}
            name={field.name}
            type={field.type ?? "text"}
            required={field.required}
            placeholder={field.placeholder}
          />
        </p>
      ))}
      <p>
        <input id="b-terms" name="terms" type="checkbox" required />
        <label htmlFor="b-terms">
          I agree to the <a href="/terms">Terms of Service</a>
        </label>
      </p>
      {state === "error" ? <p role="alert">Something went wrong.</p> : null}
      <button type="submit" disabled={state === "submitting"}>
        Create account
      </button>
    </form>
  );
}
