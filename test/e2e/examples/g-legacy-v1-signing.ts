import type { ExampleCheck } from './types';

export default {
	title: 'the legacy V1 operations sign every request with the application key',
	check: ({ server }) => {
		const signed = server.requests.filter((r) => r.headers['content-signature']);
		expect(signed.map((r) => r.operationId)).toEqual(['updateCustomerProfile', 'updateCustomerSession']);
		for (const r of signed) expect(r.headers['content-signature']).toBe(server.contentSignature(r.bodyText));
		expect(server.state.sessions.has('legacy-order-1')).toBe(true);
	},
} satisfies ExampleCheck;
