import type { ExampleCheck } from './types';

export default {
	title: "the account's customer profile attributes with their types and its event types are listed",
	check: ({ out, requestsTo }) => {
		expect(out('Customer Profile Attributes').map(({ name, type }) => `${name}: ${type}`)).toEqual(['loyaltyTier: string', 'birthday: time']);
		expect(out('Event Types').map((json) => json.name)).toEqual(['newsletter_signup', 'product_review']);
		expect(requestsTo('getAttributes')).toHaveLength(1);
	},
} satisfies ExampleCheck;
