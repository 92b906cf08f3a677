#!/usr/bin/env node
// Checks Camunda Forms the way Tasklist 7.24 will read them: each schema is imported headless by
// @bpmn-io/form-js-viewer 1.8.7 (the version Tasklist 7.24 renders with) inside a jsdom window.
// A form fails when the import throws (unknown component type, duplicate id or key), when the import
// reports warnings, or when its schemaVersion is newer than the viewer supports (16).
//   node validate-form.js forms/*.form
'use strict';

const fs = require('fs');
const { JSDOM } = require('jsdom');

const { window } = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
for (const name of ['window', 'document', 'navigator', 'Node', 'Element', 'HTMLElement', 'SVGElement', 'Event',
  'CustomEvent', 'KeyboardEvent', 'MouseEvent', 'DOMParser', 'MutationObserver', 'getComputedStyle']) {
  global[name] = name === 'window' ? window : window[name];
}
global.requestAnimationFrame = callback => setTimeout(callback, 0);
global.cancelAnimationFrame = handle => clearTimeout(handle);

const { Form, schemaVersion: supportedSchemaVersion, getSchemaVariables } = require('@bpmn-io/form-js-viewer');

async function check(file) {
  const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
  const container = document.createElement('div');
  document.body.appendChild(container);
  const form = new Form({ container });
  try {
    const { warnings } = await form.importSchema(schema, {});
    const problems = warnings.map(warning => warning.message || String(warning));
    if (!(schema.schemaVersion <= supportedSchemaVersion)) {
      problems.push(`schemaVersion ${schema.schemaVersion} is not supported (at most ${supportedSchemaVersion})`);
    }
    return { problems, variables: getSchemaVariables(schema) };
  } finally {
    form.destroy();
    container.remove();
  }
}

(async () => {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node validate-form.js <file.form>...');
    process.exit(2);
  }
  let failed = 0;
  for (const file of files) {
    try {
      const { problems, variables } = await check(file);
      if (problems.length) {
        failed++;
        console.log(`${file} FAIL ${problems.join('; ')}`);
      } else {
        console.log(`${file} OK variables=${variables.join(',')}`);
      }
    } catch (error) {
      failed++;
      console.log(`${file} FAIL ${error.message}`);
    }
  }
  console.log(`form-js-viewer schemaVersion supported = ${supportedSchemaVersion}; ${failed} of ${files.length} forms failed`);
  process.exit(failed ? 1 : 0);
})();
