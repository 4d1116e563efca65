// Validates documents with ajv, a second JSON Schema validator, and prints its verdicts as JSON, one per document.
// Usage: node ajv-verdicts.cjs <ajv folder> <schemas folder> <documents.json>
const path = require('path');
const fs = require('fs');
const [ajvFolder, schemasFolder, documentsFile] = process.argv.slice(2);
const Ajv = require(path.join(ajvFolder, 'node_modules', 'ajv'));
// "message" holds our authors' messages; it is not a keyword ajv knows.
const ajv = new Ajv({ allErrors: true, strict: false });
const base = 'https://storyweb.example/schemas/';
for (const file of fs.readdirSync(schemasFolder).filter(name => name.endsWith('.json'))) {
  ajv.addSchema(JSON.parse(fs.readFileSync(path.join(schemasFolder, file), 'utf8')), base + file);
}
const documents = JSON.parse(fs.readFileSync(documentsFile, 'utf8'));
const verdicts = documents.map(d => {
  const valid = ajv.validate(base + d.schema, d.data);
  return { file: d.file, valid, errors: valid ? [] : ajv.errors.map(e => e.instancePath + ' ' + e.keyword) };
});
process.stdout.write(JSON.stringify(verdicts));
