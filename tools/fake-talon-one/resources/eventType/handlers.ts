import type { Handlers } from '../../handler';
import { pageOf, type Obj } from '../shared';

const view = ({ applicationIds: _applicationIds, ...eventType }: Obj) => eventType;

export const eventTypeHandlers: Handlers = {
	getEventTypes(ctx) {
		const listed = ctx.state.eventTypes.filter((e) => ctx.query.name === undefined || e.name === ctx.query.name);
		return { status: 200, body: pageOf(listed.map(view), ctx.query) };
	},

	getApplicationEventTypes(ctx) {
		const listed = ctx.state.eventTypes.filter((e) => e.applicationIds.includes(ctx.pathParams.applicationId));
		return { status: 200, body: pageOf(listed.map((e) => e.name), ctx.query) };
	},
};
