/** Finding what a loyalty request names: the program (by number or text in the path), the customer, the card. */
import { errorResult, type HandlerResult } from '../../core/errors';
import type { HandlerContext } from '../../handler';
import type { LoyaltyProgram } from '../loyaltyProgram/state';

const notFound = (what: string, parameter: string) => errorResult(404, `${what} not found`, `${what.toLowerCase()} does not exist`, { parameter });

/** The program; a card-based one is not found for customer points, nor a customer-based one for card points. */
export function programFor(ctx: HandlerContext, holder: 'profile' | 'card'): LoyaltyProgram | HandlerResult {
	const raw = ctx.pathParams.loyaltyProgramId;
	const program = /^\d+$/.test(String(raw)) ? ctx.state.loyaltyPrograms.get(Number(raw)) : undefined;
	if (!program || program.cardBased !== (holder === 'card')) return notFound(`${holder === 'card' ? 'Card-based loyalty program' : 'Loyalty program'} ${raw}`, 'loyaltyProgramId');
	return program;
}

export function profileFor(ctx: HandlerContext): string | HandlerResult {
	const id: string = ctx.pathParams.integrationId;
	return ctx.state.profiles.has(id) ? id : notFound(`Customer profile ${JSON.stringify(id)}`, 'integrationId');
}

export const isResult = (value: unknown): value is HandlerResult => typeof value === 'object' && value !== null && 'status' in value;
