// The view models the bench server sends: Stormpath's GET /register body with
// N fields. The first four are the usual ones; the rest are custom fields.

const base = [
  { name: "givenName", label: "First name", type: "text", required: true, placeholder: "Ada" },
  { name: "surname", label: "Last name", type: "text", required: true, placeholder: "Lovelace" },
  { name: "email", label: "Email", type: "email", required: true, placeholder: "you@example.com" },
  { name: "password", label: "Password", type: "password", required: true },
];
const extraTypes = ["text", "tel", "url", "text", "number"];

/** @param {number} count */
export function viewModel(count) {
  const fields = base
    .slice(0, Math.min(count, base.length))
    .map((field) => ({ ...field, visible: true }));
  for (let index = fields.length; index < count; index += 1) {
    fields.push({
      name: `customData.extra${index + 1}`,
      label: `Extra field ${index + 1}`,
      type: extraTypes[index % extraTypes.length],
      required: false,
      visible: true,
      placeholder: `Value ${index + 1}`,
    });
  }
  return { form: { fields }, accountStores: [] };
}
