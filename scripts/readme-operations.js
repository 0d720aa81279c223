#!/usr/bin/env node
// `npm run docs`: renders the README's operations table from the operation table (tools/docs/operationsTable.ts).
'use strict';
require('../tools/.build/tools/cliEntry').run(require('../tools/.build/tools/docs/operationsTable').main);
