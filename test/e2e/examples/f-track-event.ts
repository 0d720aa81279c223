import type { ExampleCheck } from './types';

export default {
	title: 'a custom event is tracked in the session',
	check: ({ out, requestsTo }) => {
		expect(out('Track Event')[0]).toMatchObject({ eventType: 'newsletter_signup', customerSessionId: 'order-1001', effects: [] });
		expect(requestsTo('trackEvent')[0].body).toEqual({
			type: 'newsletter_signup',
			sessionId: 'order-1001',
			profileId: 'demo-customer-2',
			attributes: { source: 'footer form' },
		});
	},
} satisfies ExampleCheck;
