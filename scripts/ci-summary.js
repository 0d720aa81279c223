#!/usr/bin/env node
// Prints one plain closing line for CI from jest's JSON results: "jest: N passed, N failed".
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
let passed = 0;
let failed = 0;
for (const file of fs.readdirSync(root).filter((f) => /^\.jest-results-.*\.json$/.test(f))) {
	const results = JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
	passed += results.numPassedTests;
	failed += results.numFailedTests;
}
console.log(`jest: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
