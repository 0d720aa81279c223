/** Talon.One-shaped error bodies (ErrorResponseWithStatus) and the result type every step answers with. */

export interface ApiError {
	title: string;
	details?: string;
	source?: { pointer?: string; parameter?: string };
}

export interface ErrorBody {
	message: string;
	errors: ApiError[];
	StatusCode: number;
}

/** A result the request pipeline turns into an HTTP response. */
export interface HandlerResult {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export const TITLES: Record<number, string> = {
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	405: 'Method Not Allowed',
	409: 'Conflict',
	413: 'Payload Too Large',
	422: 'Unprocessable Entity',
	429: 'Too Many Requests',
	500: 'Internal Server Error',
	502: 'Bad Gateway',
	503: 'Service Unavailable',
	504: 'Gateway Timeout',
};

export function talonError(status: number, message: string, errors?: ApiError[]): ErrorBody {
	return {
		message,
		errors: errors && errors.length ? errors : [{ title: TITLES[status] || 'Error', details: message, source: {} }],
		StatusCode: status,
	};
}

export function errorResult(status: number, message: string, details?: string, source?: ApiError['source']): HandlerResult {
	return {
		status,
		body: talonError(status, message, [{ title: TITLES[status] || 'Error', details: details || message, source: source || {} }]),
	};
}

/** Talon.One's 409 while other requests change the same session (or profile, for profile and event paths). */
export function busyConflict(path: string): HandlerResult {
	const entity = path.includes('/customer_sessions/') ? 'session' : 'profile';
	return { status: 409, body: { message: `Too many requests are updating this ${entity} at the same time`, errors: [], StatusCode: 409 } };
}
