/** How a request authenticates: Integration API key, application key signing (legacy V1), or Management API. */
export type AuthScheme = 'apiKey' | 'signing' | 'management';
export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE';
