#!/usr/bin/env node
// Fails when modules under src/ import each other in a circle, type-only
// imports included: a circle through types still ties the files together
// (one cannot be read, moved or split without the other). Part of
// `npm run lint`.
//
// Counted: `import … from`, `import type … from`, `export … from` between the
// package's own files (tests and type tests left out). Not counted: `import()`,
// so a chunk loaded on first use may name its loader's types.
//
//   node scripts/import-cycles.mjs [folder]   (default: src)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

/** The package's own source files below `dir`, tests left out. */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test(-d)?\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The files `file` imports statically (relative specifiers only). */
function staticImports(file, known) {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const out = new Set();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    const specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith(".")) continue;
    const base = resolve(dirname(file), specifier.text.replace(/\.js$/, ""));
    const target = [base, ...EXTENSIONS.map((ext) => base + ext)].find((path) => known.has(path));
    if (target) out.add(target);
  }
  return [...out];
}

/** Strongly connected groups of more than one file (Tarjan). */
function circles(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  const visit = (node) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node)) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node), low.get(to)));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node), index.get(to)));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) groups.push(group);
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return groups;
}

const folder = resolve(root, process.argv[2] ?? "src");
if (!existsSync(folder)) {
  console.error(`import cycles: no folder ${relative(root, folder) || "."}`);
  process.exit(2);
}
const files = sourceFiles(folder);
const known = new Set(files);
const graph = new Map(files.map((file) => [file, staticImports(file, known)]));
const groups = circles(graph);
const name = (file) => {
  const path = relative(root, file);
  return path.startsWith("..") ? file : path;
};
if (groups.length === 0) {
  console.log(`import cycles: none among ${files.length} files in ${name(folder)}`);
} else {
  for (const group of groups) {
    const members = new Set(group);
    console.error(`import cycle among ${group.length} files:`);
    for (const file of group.sort()) {
      for (const to of graph.get(file)) {
        if (members.has(to)) console.error(`  ${name(file)} -> ${name(to)}`);
      }
    }
  }
  console.error("Move what both sides need into a module that imports neither.");
  process.exit(1);
}
