import type { IDataObject } from 'n8n-workflow';
import type { FakeTalonOne } from '../../../tools/fake-talon-one';
import type * as n8n from '../../../tools/real-n8n';

export type Run = Awaited<ReturnType<typeof n8n.executeWorkflow>>;

/** What an example's check sees after `n8n execute` ran the example against the fake Talon.One. */
export interface ExampleRun {
	run: Run;
	server: FakeTalonOne;
	/** The mails the "Sandbox SMTP" credential's loopback sink received during this run. */
	mail: n8n.SmtpMessage[];
	/** The items' `json` of a node's first output. */
	out: (node: string) => IDataObject[];
	/** The requests the fake server recorded for one operation, in arrival order. */
	requestsTo: (operationId: string) => FakeTalonOne['requests'];
}

/**
 * One file per example workflow, `<example-file-stem>.ts`, default-exporting this. `execute` examples run
 * with `n8n execute` in `examples.e2e.test.ts`; `trigger` examples start from a Talon.One notification and
 * are run by the trigger's own e2e suite (an activated workflow), so the examples suite skips them.
 */
export type ExampleCheck =
	| { kind?: 'execute'; title: string; check: (example: ExampleRun) => void | Promise<void> }
	| { kind: 'trigger'; title: string; check: (example: TriggerExampleRun) => Promise<void> }
	| SubWorkflowCheck;

/** What a trigger example's check gets in test/e2e/trigger.e2e.test.ts: its workflow is active in `n8n start`. */
export interface TriggerExampleRun {
	/** Already told to deliver to this example's production webhook URL with the sandbox secret. */
	server: FakeTalonOne;
	/** Resolves with the mails the sink received once there are `count` (fails after a minute). */
	waitForMail: (count: number) => Promise<n8n.SmtpMessage[]>;
}

/**
 * An example that starts with an Execute Workflow Trigger (a tool for an AI Agent, or a sub-workflow):
 * `n8n execute` would start it with an empty item, so the suite calls it the way an agent's Call n8n
 * Workflow Tool does, from a caller workflow (see `caller.ts`) passing `input`; `out('Call Example')` is
 * the example's answer.
 */
export interface SubWorkflowCheck {
	kind: 'subWorkflow';
	title: string;
	input: IDataObject;
	check: (example: ExampleRun) => void | Promise<void>;
}
