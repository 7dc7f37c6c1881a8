export interface InteropServers {
  origins: {
    apps: Record<string, string>;
    mock: string;
    compareMock: string;
    reactStormpath: string;
  };
  stop: () => Promise<void>;
}

/** Starts every interop server on loopback; `stop()` ends them all. */
export function startInteropServers(dirs: {
  root: string;
  kitPage: string;
  reactStormpathPage: string;
}): Promise<InteropServers>;
