import { operations } from '../operations';

/** The canvas subtitle: the chosen operation's action in words, e.g. "Update a customer session". */
export function subtitle(): string {
	const actions = Object.fromEntries(operations.map((op) => [`${op.resource}:${op.operation}`, op.action]));
	return `={{ ${JSON.stringify(actions)}[$parameter["resource"] + ":" + $parameter["operation"]] }}`;
}
