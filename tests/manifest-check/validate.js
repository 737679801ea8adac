// Validates a Teams app manifest against the official JSON schema for its manifestVersion, as bundled in
// @microsoft/app-manifest, with that package's own validator. Offline: the schema is read from node_modules
// and handed to the validator, so it never fetches the $schema address.
// Usage: node validate.js path/to/manifest.json
// Prints {"schema": "...", "errors": [...]} and exits 0 when valid, 1 when not, 2 when it cannot check.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { AppManifestUtils } = require("@microsoft/app-manifest");

async function main(manifestPath) {
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
  const version = manifest.manifestVersion;
  const packageRoot = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
  const schemaPath = path.join(packageRoot, "build", "json-schemas", "teams", `v${version}`, "MicrosoftTeams.schema.json");
  if (typeof version !== "string" || !fs.existsSync(schemaPath)) {
    console.log(JSON.stringify({ schema: null, errors: [`No bundled schema for manifestVersion ${JSON.stringify(version)}`] }));
    return 2;
  }

  const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
  const errors = await AppManifestUtils.validateAgainstSchema(manifest, schema);
  console.log(JSON.stringify({ schema: path.relative(packageRoot, schemaPath), errors }));
  return errors.length === 0 ? 0 : 1;
}

if (process.argv.length !== 3) {
  console.error("Usage: node validate.js path/to/manifest.json");
  process.exit(2);
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  });
