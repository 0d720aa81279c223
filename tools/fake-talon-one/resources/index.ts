/** Every operation's handler by operationId, gathered from the resources (one folder each, as in nodes/TalonOne/operations/). */
import type { Handlers } from '../handler';
import { audienceHandlers } from './audience/handlers';
import { couponReservationHandlers } from './couponReservation/handlers';
import { customerDataHandlers } from './customerData/handlers';
import { customerProfileHandlers } from './customerProfile/handlers';
import { customerSessionHandlers } from './customerSession/handlers';
import { eventHandlers } from './event/handlers';
import { referralHandlers } from './referral/handlers';

export const handlers: Handlers = {
	...customerSessionHandlers,
	...customerProfileHandlers,
	...eventHandlers,
	...couponReservationHandlers,
	...referralHandlers,
	...audienceHandlers,
	...customerDataHandlers,
};
