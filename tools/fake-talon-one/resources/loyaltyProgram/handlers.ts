import type { Handlers } from '../../handler';

export const loyaltyProgramHandlers: Handlers = {
	getLoyaltyPrograms(ctx) {
		const programs = [...ctx.state.loyaltyPrograms.values()];
		return { status: 200, body: { totalResultSize: programs.length, data: programs } };
	},
};
