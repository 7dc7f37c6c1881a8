#!/usr/bin/env node
// Entry point of one express-stormpath application (see express-stormpath-app.mjs).
// CommonJS on purpose: express-stormpath 3.2.0 reads `require.main.filename`
// when it loads, which an ES module entry does not have.
/* global process */
import("./express-stormpath-app.mjs").catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
