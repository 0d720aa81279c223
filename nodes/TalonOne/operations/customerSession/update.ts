import type { IDataObject } from 'n8n-workflow';
import { summarizeIntegrationState } from '../../response/simplify';
import type { OperationDefinition } from '../types';
import {
	additionalCosts,
	attributes,
	campaignsToEvaluate,
	cartItems,
	customerSessionId,
	dryRun,
	evaluateAt,
	responseContent,
	sessionIdentifiers,
	sessionProfileId,
	sessionState,
} from '../sharedFields';

const session = 'customerSession';

export const updateCustomerSession: OperationDefinition = {
	operationId: 'updateCustomerSessionV2',
	resource: 'customerSession',
	operation: 'update',
	displayName: 'Update',
	action: 'Update a customer session',
	description:
		'Creates or updates a customer session (a cart or order) and returns the effects of your campaigns, such as discounts and accepted or rejected coupons',
	method: 'PUT',
	path: '/v2/customer_sessions/{customerSessionId}',
	pathFields: [customerSessionId],
	queryFields: [dryRun('the session update'), evaluateAt],
	bodyFields: [
		sessionProfileId,
		{
			kind: 'list',
			key: 'couponCodes',
			displayName: 'Coupon Codes',
			description: 'Coupon codes the customer entered. Separate several with commas.',
			itemType: 'string',
			itemMaxLength: 100,
			parent: session,
		},
		{
			kind: 'string',
			key: 'referralCode',
			displayName: 'Referral Code',
			description: 'A referral code the customer entered',
			maxLength: 100,
			parent: session,
		},
		{
			kind: 'list',
			key: 'loyaltyCards',
			displayName: 'Loyalty Card',
			description: 'The identifier of the loyalty card used in this session (at most one)',
			itemType: 'string',
			maxItems: 1,
			parent: session,
		},
		sessionState(['open', 'closed', 'partially_returned', 'cancelled'], session),
		cartItems(session),
		additionalCosts('Costs for the whole session, e.g. shipping', session),
		sessionIdentifiers(session),
		attributes('Custom session attributes defined in Talon.One', 'CustomerSession', session),
		campaignsToEvaluate(session),
		responseContent('Extra data to include in the output besides the effects', ['awardedGiveaways', 'coupons', 'customerProfile', 'customerSession', 'event', 'loyalty', 'previousReturns', 'referral', 'ruleFailureReasons', 'triggeredCampaigns']),
	],
	requiredBodyObjects: [session],
	auth: ['apiKey'],
	simplify: summarizeIntegrationState((answer, sent) => {
		const sentSession = sent.body?.customerSession as IDataObject | undefined;
		const state = (answer.customerSession as IDataObject | undefined)?.state ?? sentSession?.state;
		return { customerSessionId: sent.identity.customerSessionId, ...(state !== undefined ? { state } : {}) };
	}),
};
