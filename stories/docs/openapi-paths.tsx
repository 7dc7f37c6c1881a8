// The Backend contract page's list of routes, read from the committed OpenAPI
// document (the same file the mock serves at /openapi.json).
import openapi from "../../openapi.json";

interface Operation {
  summary?: string;
}

export function OpenApiPaths() {
  const paths = openapi.paths as Record<string, Record<string, Operation | unknown>>;
  const rows = Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ["get", "post", "put", "delete", "patch"].includes(method))
      .map(([method, operation]) => ({
        path,
        method: method.toUpperCase(),
        summary: (operation as Operation).summary ?? "",
      })),
  );
  return (
    <table>
      <caption>
        {openapi.info.title}, version {openapi.info.version}
      </caption>
      <thead>
        <tr>
          <th scope="col">Method</th>
          <th scope="col">Path</th>
          <th scope="col">Summary</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.method} ${row.path}`}>
            <td>
              <code>{row.method}</code>
            </td>
            <th scope="row">
              <code>{row.path}</code>
            </th>
            <td>{row.summary}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
