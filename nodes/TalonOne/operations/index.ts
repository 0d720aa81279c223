import type { OperationDefinition, ResourceDefinition } from './types';
import { createAudience } from './audience/create';
import { deleteAudience } from './audience/delete';
import { removeAllAudienceMembers } from './audience/removeAllMembers';
import { updateAudience } from './audience/update';
import { updateAudienceMembers } from './audience/updateMembers';
import { updateAudienceMembersAttributes } from './audience/updateMembersAttributes';
import { createCouponReservation } from './couponReservation/create';
import { deleteCouponReservation } from './couponReservation/delete';
import { getReservedCustomers } from './couponReservation/getReservedCustomers';
import { deleteCustomerData } from './customerData/delete';
import { getCustomerInventory } from './customerData/getInventory';
import { updateCustomerProfile } from './customerProfile/update';
import { updateCustomerProfileLegacy } from './customerProfile/updateLegacy';
import { updateManyCustomerProfiles } from './customerProfile/updateMany';
import { updateCustomerSession } from './customerSession/update';
import { updateCustomerSessionLegacy } from './customerSession/updateLegacy';
import { trackEvent } from './event/track';
import { createReferral } from './referral/create';
import { createReferralsForMultipleAdvocates } from './referral/createForMultipleAdvocates';

export const resources: readonly ResourceDefinition[] = [
	{ value: 'customerSession', displayName: 'Customer Session', description: 'A cart or order and the discounts it gets' },
	{ value: 'customerProfile', displayName: 'Customer Profile', description: 'A customer and their attributes' },
	{ value: 'event', displayName: 'Event', description: 'Custom events such as a newsletter signup' },
	{ value: 'couponReservation', displayName: 'Coupon Reservation', description: 'Coupons reserved for customers' },
	{ value: 'referral', displayName: 'Referral', description: 'Referral codes that customers share with friends' },
	{ value: 'audience', displayName: 'Audience', description: 'Groups of customers' },
	{ value: 'customerData', displayName: 'Customer Data', description: "A customer's data, for access and erasure requests" },
];

/** The one table every other part (node description, execution, README, tests) derives from. */
export const operations: readonly OperationDefinition[] = [
	updateCustomerSession,
	updateCustomerSessionLegacy,
	updateCustomerProfile,
	updateManyCustomerProfiles,
	updateCustomerProfileLegacy,
	trackEvent,
	createCouponReservation,
	deleteCouponReservation,
	getReservedCustomers,
	createReferral,
	createReferralsForMultipleAdvocates,
	createAudience,
	updateAudience,
	updateAudienceMembers,
	updateAudienceMembersAttributes,
	deleteAudience,
	removeAllAudienceMembers,
	getCustomerInventory,
	deleteCustomerData,
];

export function findOperation(resource: string, operation: string): OperationDefinition | undefined {
	return operations.find((op) => op.resource === resource && op.operation === operation);
}
