#!/usr/bin/env node
// @ts-check
/**
 * Derives the notification fixture from Talon.One's notification schemas (an OpenAPI document whose
 * `webhooks` are the notifications Talon.One sends):
 *
 *   node scripts/derive-notification-fixture.js ../shared/talon-one-api/notifications-2026-06.json --out test/fixtures/notifications.json
 *
 * Kept per notification: its operationId, the headers Talon.One sends with it and the request body
 * schema, with every annotation removed (stripSchema of derive-api-fixture.js), so no prose is copied.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { stripSchema } = require('./derive-api-fixture');

const REPO_ROOT = path.resolve(__dirname, '..');

/** @param {any} spec parsed OpenAPI document with `webhooks` */
function deriveNotifications(spec) {
	const notifications = Object.values(spec.webhooks || {})
		.map((item) => item.post)
		.filter((op) => op && op.operationId)
		.map((op) => ({
			operationId: op.operationId,
			headers: (op.parameters || []).filter((/** @type {any} */ p) => p.in === 'header').map((/** @type {any} */ p) => p.name),
			schema: stripSchema(op.requestBody.content['application/json'].schema),
		}))
		.sort((a, b) => (a.operationId < b.operationId ? -1 : a.operationId > b.operationId ? 1 : 0));
	return { source: { openapi: spec.openapi }, notifications };
}

function main() {
	const args = process.argv.slice(2);
	let out = path.join(REPO_ROOT, 'test/fixtures/notifications.json');
	let input = path.resolve(REPO_ROOT, '../shared/talon-one-api/notifications-2026-06.json');
	for (let i = 0; i < args.length; i++) {
		if (args[i] === '--out') out = path.resolve(args[++i]);
		else input = path.resolve(args[i]);
	}
	const fixture = deriveNotifications(JSON.parse(fs.readFileSync(input, 'utf8')));
	const lines = [
		'{',
		`"source":${JSON.stringify(fixture.source)},`,
		'"notifications":[',
		fixture.notifications.map((n) => JSON.stringify(n)).join(',\n'),
		']',
		'}',
	];
	fs.writeFileSync(out, lines.join('\n') + '\n');
	process.stdout.write(`wrote ${path.relative(process.cwd(), out)}: ${fixture.notifications.length} notifications\n`);
}

if (require.main === module) main();

module.exports = { deriveNotifications };
