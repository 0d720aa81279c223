#!/usr/bin/env node
// The fake Talon.One on its own (`--help` lists the options; tools/fake-talon-one/cli.ts). Built by `npm run build:tools`.
'use strict';
require('../tools/.build/tools/cliEntry').run(require('../tools/.build/tools/fake-talon-one/cli').main);
