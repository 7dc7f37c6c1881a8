// Placeholder until the page object lands.
export {};
