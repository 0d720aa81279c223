import type { Handlers } from '../../handler';
import { containsIgnoringCase, pageOf } from '../shared';

/** Only custom attributes are stored, so `kind=builtin` lists none. */
export const attributeHandlers: Handlers = {
	getAttributes(ctx) {
		const { entity, type, kind, search } = ctx.query;
		const listed = ctx.state.attributes.filter(
			(a) =>
				(entity === undefined || a.entity === entity) &&
				(type === undefined || a.type === type) &&
				kind !== 'builtin' &&
				(search === undefined || containsIgnoringCase(a.name, search) || containsIgnoringCase(a.title, search)),
		);
		return { status: 200, body: pageOf(listed, ctx.query) };
	},
};
