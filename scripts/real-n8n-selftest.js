#!/usr/bin/env node
// Self-test of tools/real-n8n with a throwaway node: `node scripts/real-n8n-selftest.js [major ...]`. Built by `npm run build:tools`.
'use strict';
require('../tools/.build/tools/cliEntry').run(require('../tools/.build/tools/real-n8n/selftest/selftest').main);
