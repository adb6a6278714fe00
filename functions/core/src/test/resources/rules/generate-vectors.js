/*
 * Generates jsonlogic-vectors.jsonl (next to this file) by running every case below through the
 * reference implementation json-logic-js (https://github.com/jwadhams/json-logic-js, v2.0.5).
 * The cases live in vector-cases-*.js (with shared values in vector-values.js) beside this file.
 *
 * How to regenerate, from the project root (the folder holding pom.xml):
 *
 *   mkdir -p vectors-gen && cd vectors-gen
 *   npm init -y && npm install json-logic-js@2.0.5
 *   node ../src/test/resources/rules/generate-vectors.js
 *
 * json-logic-js is resolved from the current working directory's node_modules, so run the script
 * from the folder where it was installed. The npm package does not ship the jsonlogic.com
 * tests.json (its own test suite downloads it at test time), so every case is written out in the
 * case files and only the expected values come from the reference implementation.
 *
 * Output: one JSON object per line:
 *   {"group":..., "rule":..., "data":..., "expected":...}   the reference returned a value
 *   {"group":..., "rule":..., "data":..., "throws":true}     the reference threw
 * Values JSON cannot carry are written as one-key marker objects {"$js": "..."}:
 *   "NaN", "Infinity", "-Infinity", "-0" (negative zero) and "undefined" (an object property
 *   whose value is undefined is left out, as JSON.stringify does).
 * Markers are objects, not strings, so that they never collide with real string results such
 * as {"cat":["NaN"]}. Markers only ever appear under "expected".
 */
'use strict';

const fs = require('fs');
const path = require('path');
const jsonLogic = require(require.resolve('json-logic-js', { paths: [process.cwd()] }));

const cases = [];
let group = 'misc';
const setGroup = (name) => { group = name; };
const add = (rule, data = null) => cases.push([group, rule, data]);
for (const file of ['./vector-cases-coercion.js', './vector-cases-operators.js', './vector-cases-random.js']) {
  require(file)(add, setGroup);
}

function encode(value) {
  if (value === undefined) return { $js: 'undefined' };
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { $js: 'NaN' };
    if (value === Infinity) return { $js: 'Infinity' };
    if (value === -Infinity) return { $js: '-Infinity' };
    if (Object.is(value, -0)) return { $js: '-0' };
    return value;
  }
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const key of Object.keys(value)) {
      if (value[key] !== undefined) out[key] = encode(value[key]); // JSON.stringify drops these too
    }
    return out;
  }
  if (typeof value === 'function') throw new Error('reference returned a function');
  return value;
}

const lines = [];
for (const [caseGroup, rule, data] of cases) {
  // Round-trip through JSON so the reference sees exactly what the vector file says.
  const ruleJson = JSON.stringify(rule);
  const dataJson = JSON.stringify(data);
  const entry = { group: caseGroup, rule: JSON.parse(ruleJson), data: JSON.parse(dataJson) };
  const originalLog = console.log;
  console.log = () => {};
  let result;
  try {
    result = jsonLogic.apply(JSON.parse(ruleJson), JSON.parse(dataJson));
  } catch (err) {
    entry.throws = true;
  } finally {
    console.log = originalLog;
  }
  if (!entry.throws) {
    entry.expected = encode(result);
  }
  lines.push(JSON.stringify(entry));
}
const out = path.join(__dirname, 'jsonlogic-vectors.jsonl');
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log('wrote ' + lines.length + ' vectors to ' + out);
