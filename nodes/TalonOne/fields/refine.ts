import { INVALID, z, addIssueToContext, type IssueData, type ParseInput, type ParseReturnType } from 'zod';

type Check<T> = (value: T, ctx: z.RefinementCtx) => void;

interface RefinedDef<T extends z.ZodTypeAny> extends z.ZodTypeDef {
	schema: T;
	check: Check<z.output<T>>;
}

/**
 * zod's `superRefine` for synchronous parsing, with the same issues. zod 3 hands every run of a
 * refinement a new object with a `path` getter; V8 gives each such object a hidden class of its own,
 * which keeps all that parse's objects alive until a full garbage collection. With a few refinements
 * per item that was about 20 µs of CPU per item (`npm run bench`, B3).
 */
class Refined<T extends z.ZodTypeAny> extends z.ZodType<z.output<T>, RefinedDef<T>, z.input<T>> {
	_parse(input: ParseInput): ParseReturnType<z.output<T>> {
		const { status, ctx } = this._processInputParams(input);
		const inner = this._def.schema._parseSync({ data: ctx.data, path: ctx.path, parent: ctx });
		if (inner.status === 'aborted') return INVALID;
		if (inner.status === 'dirty') status.dirty();
		const addIssue = (issue: IssueData) => {
			addIssueToContext(ctx, issue);
			if (issue.fatal) status.abort();
			else status.dirty();
		};
		this._def.check(inner.value as z.output<T>, { addIssue, path: ctx.path });
		return { status: status.value, value: inner.value } as ParseReturnType<z.output<T>>;
	}
}

export function superRefine<T extends z.ZodTypeAny>(schema: T, check: Check<z.output<T>>): z.ZodType<z.output<T>, RefinedDef<T>, z.input<T>> {
	return new Refined({ schema, check });
}

/** zod's `refine(test, issue)`: a custom issue when `test` fails. */
export function refine<T extends z.ZodTypeAny>(schema: T, test: (value: z.output<T>) => boolean, issue: { params: Record<string, unknown> }) {
	return superRefine(schema, (value, ctx) => {
		if (!test(value)) ctx.addIssue({ code: z.ZodIssueCode.custom, ...issue });
	});
}
