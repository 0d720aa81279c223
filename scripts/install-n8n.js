#!/usr/bin/env node
// Installs real n8n into the cache: `node scripts/install-n8n.js <2|1|x.y.z>` (tools/real-n8n/install). Built by `npm run build:tools`.
'use strict';
require('../tools/.build/tools/cliEntry').run(require('../tools/.build/tools/real-n8n/install').main);
