/** A problem with one item's input, located by its path in the request (e.g. `['customerSession', 'cartItems', 1, 'price']`). */
export class InputError extends Error {
	constructor(
		readonly location: 'path' | 'query' | 'body',
		readonly path: ReadonlyArray<string | number>,
		readonly problem: string,
		readonly hint?: string,
		/** What the message names when the path is the whole body, e.g. `Update Fields` (default: the JSON Body). */
		readonly subject?: string,
	) {
		super(problem);
	}
}
