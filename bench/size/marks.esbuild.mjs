import { sizeConfig } from "./esbuild-config.mjs";

export default sizeConfig("marks");
