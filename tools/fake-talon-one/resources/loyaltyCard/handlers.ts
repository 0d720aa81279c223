import { errorResult, type HandlerResult } from '../../core/errors';
import type { HandlerContext, Handlers } from '../../handler';
import { addPoints, deductPoints } from '../loyalty/changes';
import { isResult, programFor } from '../loyalty/lookup';
import { balancesAnswer, page, pointsList, transactionList } from '../loyalty/reads';
import { transactionsOf } from '../loyalty/state';
import type { LoyaltyProgram } from '../loyaltyProgram/state';
import { ensureProfile } from '../customerProfile/state';
import { cardKey, cardView, storeCard, type LoyaltyCard } from './state';

/** Runs `then` with the card's program and the card, or answers 404/400. */
function withCard(ctx: HandlerContext, then: (program: LoyaltyProgram, card: LoyaltyCard) => HandlerResult): HandlerResult {
	const program = programFor(ctx, 'card');
	if (isResult(program)) return program;
	const card = ctx.state.loyaltyCards.get(cardKey(program.id, ctx.pathParams.loyaltyCardId));
	if (!card) return errorResult(404, 'Loyalty card not found', `loyalty card ${JSON.stringify(ctx.pathParams.loyaltyCardId)} does not exist`, { parameter: 'loyaltyCardId' });
	return then(program, card);
}

const owner = (card: LoyaltyCard) => ({ cardIdentifier: card.identifier });
const writeKey = (card: LoyaltyCard) => `loyaltyCard:${card.programId}:${card.identifier}`;

function tooManyProfiles(program: LoyaltyProgram, count: number): HandlerResult | null {
	const limit = program.usersPerCardLimit ?? 0;
	return limit > 0 && count > limit ? errorResult(400, 'Too many customers for one card', `a card of this program holds at most ${limit} customers`, { pointer: '/integrationId' }) : null;
}

/** A generated card number, unique in the program. */
function newIdentifier(ctx: HandlerContext, programId: number): string {
	for (;;) {
		const identifier = `CARD-${Math.floor(ctx.random() * 1e8).toString().padStart(8, '0')}`;
		if (!ctx.state.loyaltyCards.has(cardKey(programId, identifier))) return identifier;
	}
}

export const loyaltyCardHandlers: Handlers = {
	generateLoyaltyCard(ctx) {
		const program = programFor(ctx, 'card');
		if (isResult(program)) return program;
		const { cardIdentifier, customerProfileIds = [], status = 'active' } = ctx.body;
		if (cardIdentifier && ctx.state.loyaltyCards.has(cardKey(program.id, cardIdentifier))) {
			return errorResult(409, 'Card identifier already used', `a card ${JSON.stringify(cardIdentifier)} already exists in this program`, { pointer: '/cardIdentifier' });
		}
		for (const id of customerProfileIds) ensureProfile(ctx.state, id, ctx.now);
		const profiles = customerProfileIds.map((integrationId: string) => ({ integrationId, timestamp: ctx.now }));
		const identifier = cardIdentifier ?? newIdentifier(ctx, program.id);
		const card = storeCard(ctx.state, { created: ctx.now, programId: program.id, identifier, status, profiles, modified: ctx.now });
		ctx.write(writeKey(card), ctx.body);
		return { status: 200, body: cardView(ctx.state, program, card, ctx.now) };
	},

	linkLoyaltyCardToProfile: (ctx) =>
		withCard(ctx, (program, card) => {
			const { integrationId } = ctx.body;
			if (!card.profiles.some((p) => p.integrationId === integrationId)) {
				const tooMany = tooManyProfiles(program, card.profiles.length + 1);
				if (tooMany) return tooMany;
				ensureProfile(ctx.state, integrationId, ctx.now);
				card.profiles.push({ integrationId, timestamp: ctx.now });
				card.modified = ctx.now;
				ctx.write(writeKey(card), ctx.body);
			}
			return { status: 200, body: cardView(ctx.state, program, card, ctx.now) };
		}),

	unlinkLoyaltyCardFromProfile: (ctx) =>
		withCard(ctx, (program, card) => {
			const { integrationId } = ctx.body;
			if (!card.profiles.some((p) => p.integrationId === integrationId)) {
				return errorResult(404, 'Customer not linked to this card', `customer ${JSON.stringify(integrationId)} is not linked to the card`, { pointer: '/integrationId' });
			}
			card.profiles = card.profiles.filter((p) => p.integrationId !== integrationId);
			card.modified = ctx.now;
			ctx.write(writeKey(card), ctx.body);
			return { status: 200, body: cardView(ctx.state, program, card, ctx.now) };
		}),

	getLoyaltyCardBalances: (ctx) =>
		withCard(ctx, (program, card) => {
			const answer = balancesAnswer(program, transactionsOf(ctx.state, program.id, owner(card)), ctx.query, ctx.now);
			return { status: 200, body: { ...answer, profiles: card.profiles } };
		}),

	getLoyaltyCardPoints: (ctx) =>
		withCard(ctx, (program, card) => ({ status: 200, body: pointsList(transactionsOf(ctx.state, program.id, owner(card)), ctx.query, ctx.now) })),

	getLoyaltyCardTransactions: (ctx) =>
		withCard(ctx, (program, card) => ({ status: 200, body: transactionList(transactionsOf(ctx.state, program.id, owner(card)), ctx.query) })),

	addLoyaltyCardPoints: (ctx) => withCard(ctx, (program, card) => addPoints(ctx, program, owner(card), writeKey(card))),

	deductLoyaltyCardPoints: (ctx) => withCard(ctx, (program, card) => deductPoints(ctx, program, owner(card), writeKey(card))),

	getLoyaltyCard: (ctx) => withCard(ctx, (program, card) => ({ status: 200, body: cardView(ctx.state, program, card, ctx.now) })),

	getLoyaltyCards(ctx) {
		const program = programFor(ctx, 'card');
		if (isResult(program)) return program;
		const { identifier, profileId, batchId } = ctx.query;
		const profileIds = new Map([...ctx.state.profiles.values()].map((p) => [p.id, p.integrationId]));
		const cards = [...ctx.state.loyaltyCards.values()]
			.filter((c) => c.programId === program.id)
			.filter((c) => identifier === undefined || c.identifier.includes(identifier))
			.filter((c) => profileId === undefined || c.profiles.some((p) => p.integrationId === profileIds.get(profileId)))
			.filter((c) => batchId === undefined || c.batchId === batchId);
		const answer = page(cards, ctx.query, 1000);
		return { status: 200, body: { hasMore: answer.hasMore, data: answer.data.map((c) => cardView(ctx.state, program, c, ctx.now)) } };
	},
};
