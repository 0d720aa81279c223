/** Adding and deducting points by hand (Management API), for a customer or a card. */
import { errorResult, type HandlerResult } from '../../core/errors';
import type { HandlerContext } from '../../handler';
import type { LoyaltyProgram } from '../loyaltyProgram/state';
import { bySubledger, pointsOf, pointsWindow, record, transactionsOf, type LedgerOwner } from './state';

export function addPoints(ctx: HandlerContext, program: LoyaltyProgram, owner: LedgerOwner, entityKey: string): HandlerResult {
	const { body } = ctx;
	const subledgerId = body.subledgerId ?? '';
	if (subledgerId && !program.allowSubledger) return errorResult(400, 'Subledgers are not enabled for this program', undefined, { pointer: '/subledgerId' });
	const window = pointsWindow(program, ctx.now, body);
	if ('error' in window) return errorResult(400, 'Invalid points timing', window.error, { pointer: window.pointer });
	record(ctx.state, ctx.now, { programId: program.id, owner, type: 'addition', amount: body.points, name: body.name ?? 'Manual addition', subledgerId, source: 'manual', ...window });
	ctx.write(entityKey, body);
	return { status: 204 };
}

/** Deducts from the active balance; more than it holds is refused, as Talon.One does without negative balances. */
export function deductPoints(ctx: HandlerContext, program: LoyaltyProgram, owner: LedgerOwner, entityKey: string): HandlerResult {
	const { body } = ctx;
	const subledgerId = body.subledgerId ?? '';
	const ledger = bySubledger(transactionsOf(ctx.state, program.id, owner)).get(subledgerId) ?? [];
	const { activePoints } = pointsOf(ledger, Date.parse(ctx.now));
	if (body.points > activePoints) {
		return errorResult(400, 'Insufficient points', `cannot deduct ${body.points} points: the active balance is ${activePoints}`, { pointer: '/points' });
	}
	const startDate = ctx.now;
	record(ctx.state, ctx.now, { programId: program.id, owner, type: 'subtraction', amount: body.points, name: body.name ?? 'Manual deduction', subledgerId, source: 'manual', startDate, expiryDate: 'unlimited' });
	ctx.write(entityKey, body);
	return { status: 204 };
}
