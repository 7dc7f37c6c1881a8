/** The temporary directory and the page directories in it; `cleanup()` removes them. */
export interface ScratchDirs {
  root: string;
  kitPage: string;
  reactStormpathPage: string;
  cleanup: () => void;
}

/** Creates the temporary directory (the pages are built later). */
export function scratchDirs(): ScratchDirs;

/** Packs the kit, installs it into a temporary app, bundles the pages. */
export function buildScratchApp(dirs: Omit<ScratchDirs, "cleanup">): Promise<void>;
