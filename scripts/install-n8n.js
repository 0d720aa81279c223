#!/usr/bin/env node
// Installs real n8n into the cache: `node scripts/install-n8n.js <2|1|x.y.z>` (tools/real-n8n/install.js).
'use strict';
require('../tools/real-n8n/install.js').main(process.argv.slice(2));
