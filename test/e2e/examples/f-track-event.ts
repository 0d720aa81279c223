import type { ExampleCheck } from './types';

export default {
	title: "a custom event is tracked with Talon.One's V2 events; the customer's achievements follow, one item each",
	check: ({ out, requestsTo }) => {
		expect(out('Track Event')[0]).toMatchObject({ eventType: 'newsletter_signup', customerProfileId: 'demo-customer-1', discountTotal: 0, effects: [] });
		const [track] = requestsTo('trackEventV2');
		expect(track.rawTarget).toBe('/v2/events?silent=no');
		expect(track.body).toEqual({ type: 'newsletter_signup', profileId: 'demo-customer-1', attributes: { source: 'footer form' } });
		expect(out('Achievements').map((a) => [a.name, (a.currentProgress as { status: string }).status])).toEqual([['order_3_times', 'inprogress']]);
	},
} satisfies ExampleCheck;
