import type { FakeTalonOne } from '../../tools/fake-talon-one';
import { credentialsFor, useFakeServer } from '../support/talonOne';
import { outputOf, run, watchForSecrets } from './support';
import { startHttpServer } from './rawServers';

let server: FakeTalonOne;
useFakeServer((started) => (server = started));
watchForSecrets();

const answer = JSON.stringify({ event: { id: 1 }, effects: [] });
const tooSlow = "Talon.One did not answer within 1 s. Try again later, or raise Timeout in the node's options.";
const applied = 'Talon.One accepted the request (HTTP 201), so the change was applied, but its answer could not be read; check the result in Talon.One before sending it again.';

describe('One deadline per attempt covers the answer\'s headers and its whole body', () => {
	test('a body trickling one byte every 400 ms (about 8 s) with Timeout 1 s: "did not answer within 1 s"', async () => {
		const raw = await startHttpServer((_request, res) => {
			res.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) });
			let sent = 0;
			const trickle = setInterval(() => {
				if (res.destroyed || sent >= answer.length) return clearInterval(trickle);
				res.write(answer[sent++]);
			}, 400);
		});
		const result = await run(server, 'trackEvent', { type: 'purchase', sessionId: 'order-1', options: { timeout: 1 } }, {
			credentials: { ...credentialsFor(server), baseUrl: raw.url },
			continueOnFail: true,
		});
		expect(outputOf(result)).toEqual([{ error: tooSlow, description: applied }]);
		expect(raw.requests).toHaveLength(1);
	});

	test('headers after 0.6 s and the body 0.6 s later (each shorter than Timeout 1 s, together longer): "did not answer within 1 s"', async () => {
		const raw = await startHttpServer((_request, res) => {
			setTimeout(() => {
				res.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) });
				res.flushHeaders();
				setTimeout(() => res.end(answer), 600);
			}, 600);
		});
		const result = await run(server, 'trackEvent', { type: 'purchase', sessionId: 'order-1', options: { timeout: 1 } }, {
			credentials: { ...credentialsFor(server), baseUrl: raw.url },
			continueOnFail: true,
		});
		expect(outputOf(result)).toEqual([{ error: tooSlow, description: applied }]);
	});
});
