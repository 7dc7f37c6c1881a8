// The catalogue's `{param}` interpolation (pure, in ../core/template, where the
// schema and the error mapping fill the templates they are given).
export { format, formatParts } from "../core/template";
