import { errorResult, type HandlerResult } from '../../core/errors';
import type { HandlerContext, Handlers } from '../../handler';
import type { LoyaltyProgram } from '../loyaltyProgram/state';
import { addPoints, deductPoints } from './changes';
import { isResult, profileFor, programFor } from './lookup';
import { balancesAnswer, pointsList, transactionList } from './reads';
import { transactionsOf, type LedgerOwner, type LoyaltyTransaction } from './state';

/** Runs `then` with the customer's program and ledger owner, or answers 404/400. */
function withProfile(ctx: HandlerContext, then: (program: LoyaltyProgram, owner: LedgerOwner) => HandlerResult): HandlerResult {
	const program = programFor(ctx, 'profile');
	if (isResult(program)) return program;
	const profileId = profileFor(ctx);
	if (isResult(profileId)) return profileId;
	return then(program, { profileId });
}

const balances = (ctx: HandlerContext) =>
	withProfile(ctx, (program, owner) => ({ status: 200, body: balancesAnswer(program, transactionsOf(ctx.state, program.id, owner), ctx.query, ctx.now) }));

/** Pending transactions named by UUID or by the session that added them (none when neither is given). */
function toActivate(ctx: HandlerContext, programId: number): LoyaltyTransaction[] | HandlerResult {
	const { transactionUUIDs, sessionId } = ctx.body;
	if (!transactionUUIDs && !sessionId) return [];
	const waiting = ctx.state.loyaltyTransactions.filter((t) => t.programId === programId && t.startDate === 'on_action');
	if (sessionId) return waiting.filter((t) => t.customerSessionId === sessionId);
	const found = waiting.filter((t) => transactionUUIDs.includes(t.transactionUUID));
	const missing = transactionUUIDs.filter((uuid: string) => !found.some((t) => t.transactionUUID === uuid));
	if (missing.length) return errorResult(404, 'Pending transaction not found', `no pending transaction ${missing.join(', ')}`, { pointer: '/transactionUUIDs' });
	return found;
}

export const loyaltyHandlers: Handlers = {
	getLoyaltyBalances: balances,
	getLoyaltyLedgerBalances: balances,

	getLoyaltyProgramProfilePoints: (ctx) =>
		withProfile(ctx, (program, owner) => ({ status: 200, body: pointsList(transactionsOf(ctx.state, program.id, owner), ctx.query, ctx.now) })),

	getLoyaltyProgramProfileTransactions: (ctx) =>
		withProfile(ctx, (program, owner) => ({ status: 200, body: transactionList(transactionsOf(ctx.state, program.id, owner), ctx.query) })),

	addLoyaltyPoints: (ctx) => withProfile(ctx, (program, owner) => addPoints(ctx, program, owner, `loyalty:${program.id}:${ctx.pathParams.integrationId}`)),

	removeLoyaltyPoints: (ctx) => withProfile(ctx, (program, owner) => deductPoints(ctx, program, owner, `loyalty:${program.id}:${ctx.pathParams.integrationId}`)),

	activateLoyaltyPoints(ctx) {
		const program = ctx.state.loyaltyPrograms.get(ctx.pathParams.loyaltyProgramId);
		if (!program) return errorResult(404, 'Loyalty program not found', undefined, { parameter: 'loyaltyProgramId' });
		const found = toActivate(ctx, program.id);
		if (isResult(found)) return found;
		for (const t of found) t.startDate = ctx.now;
		if (found.length) ctx.write(`loyalty:${program.id}:activate`, ctx.body);
		const ledgerEntries = found.map((t) => ({
			created: t.created,
			programID: t.programId,
			...('profileId' in t.owner ? { customerProfileID: t.owner.profileId } : {}),
			...(t.customerSessionId ? { customerSessionID: t.customerSessionId } : {}),
			type: t.type,
			amount: t.amount,
			startDate: t.startDate,
			...(t.expiryDate !== 'unlimited' ? { expiryDate: t.expiryDate } : {}),
			name: t.name,
			subLedgerID: t.subledgerId,
		}));
		return { status: 200, body: { ledgerEntries } };
	},

	deleteLoyaltyTransactionsFromLedgers: (ctx) =>
		withProfile(ctx, (program, owner) => {
			const { scope, subledgerIds } = ctx.body;
			if (scope === 'SelectedSubledgers' && !subledgerIds?.length) {
				return errorResult(400, 'No subledgers selected', 'scope SelectedSubledgers needs subledgerIds', { pointer: '/subledgerIds' });
			}
			const doomed = new Set(transactionsOf(ctx.state, program.id, owner).filter((t) => scope === 'AllSubledgers' || subledgerIds.includes(t.subledgerId)));
			ctx.state.loyaltyTransactions = ctx.state.loyaltyTransactions.filter((t) => !doomed.has(t));
			ctx.write(`loyalty:${program.id}:${ctx.pathParams.integrationId}`, ctx.body);
			return { status: 204 };
		}),
};
