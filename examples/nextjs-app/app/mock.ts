// One mock backend per server process, shared by the route handler and the
// page (accounts live in memory). In production, point ENDPOINT at your real
// /register instead and drop the route handler.
import { createMockBackend } from "signup-kit/mock";

export const MOCK_BASE = "/api/mock";
export const backend = createMockBackend();
