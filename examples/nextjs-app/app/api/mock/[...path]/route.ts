// The mock backend as a catch-all route handler: no msw, every path answered
// (a JSON 404 for unknown ones), the network-error scenario included.
import { MOCK_BASE, backend } from "../../../mock";

const handle = (request: Request) => backend.handle(request, { basePath: MOCK_BASE });

export {
  handle as DELETE,
  handle as GET,
  handle as HEAD,
  handle as OPTIONS,
  handle as POST,
  handle as PUT,
};
