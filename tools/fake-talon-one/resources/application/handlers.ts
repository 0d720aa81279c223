import { errorResult } from '../../core/errors';
import type { Handlers } from '../../handler';
import { pageOf } from '../shared';

export const applicationHandlers: Handlers = {
	getApplications(ctx) {
		return { status: 200, body: pageOf([...ctx.state.applications.values()], ctx.query) };
	},

	getApplication(ctx) {
		const application = ctx.state.applications.get(ctx.pathParams.applicationId);
		if (!application) return errorResult(404, 'Application not found', `application ${ctx.pathParams.applicationId} does not exist`, { parameter: 'applicationId' });
		return { status: 200, body: application };
	},
};
