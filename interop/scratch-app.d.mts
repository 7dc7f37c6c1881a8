/** Where the packed kit's page and react-stormpath's page were built; `cleanup()` removes them. */
export interface ScratchApp {
  root: string;
  kitPage: string;
  reactStormpathPage: string;
  cleanup: () => void;
}

/** Packs the kit, installs it into a temporary app, bundles the pages. */
export function buildScratchApp(): Promise<ScratchApp>;
