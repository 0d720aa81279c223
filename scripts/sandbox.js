#!/usr/bin/env node
// `npm start`: the fake Talon.One with demo data and the real n8n editor with this package (tools/real-n8n/sandbox.ts).
'use strict';
require('../tools/.build/tools/cliEntry').run(require('../tools/.build/tools/real-n8n/sandbox').main);
