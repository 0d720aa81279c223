import { errorResult } from '../../core/errors';
import type { Handlers } from '../../handler';
import { programView } from './state';

export const loyaltyProgramHandlers: Handlers = {
	getLoyaltyPrograms({ state }) {
		const data = [...state.loyaltyPrograms.values()].map((p) => programView(state, p));
		return { status: 200, body: { totalResultSize: data.length, data } };
	},

	getLoyaltyProgram({ state, pathParams }) {
		const program = state.loyaltyPrograms.get(pathParams.loyaltyProgramId);
		if (!program) return errorResult(404, 'Loyalty program not found', `loyalty program ${pathParams.loyaltyProgramId} does not exist`, { parameter: 'loyaltyProgramId' });
		return { status: 200, body: programView(state, program) };
	},
};
