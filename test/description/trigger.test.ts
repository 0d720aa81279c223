/**
 * The trigger node's own fields. usableAsTool does not apply to a trigger (an AI agent calls
 * nodes; a trigger starts a workflow), so it has none; the conventions every node follows are in
 * node.test.ts.
 */
import { TalonOneTrigger } from '../../nodes/TalonOneTrigger/TalonOneTrigger.node';
import { ALL_EVENTS } from '../../nodes/TalonOneTrigger/events';
import { listedCredentials, listedNodes } from './conventions';

const { description } = new TalonOneTrigger();

test('is a listed trigger node with no input, one output and the notifications credential, tested by the node', () => {
	expect(listedNodes.map((node) => node.description.name)).toEqual(['talonOne', 'talonOneTrigger']);
	expect(description).toEqual(
		expect.objectContaining({ name: 'talonOneTrigger', displayName: 'Talon.One Trigger', group: ['trigger'], version: 1, inputs: [], outputs: ['main'] }),
	);
	expect(description.usableAsTool).toBeUndefined();
	expect(description.credentials).toEqual([{ name: 'talonOneNotificationsApi', required: true, testedBy: 'talonOneNotificationsTest' }]);
	expect(listedCredentials.map(({ credential }) => credential.name)).toContain('talonOneNotificationsApi');
	expect(Object.keys(new TalonOneTrigger().methods.credentialTest)).toEqual(['talonOneNotificationsTest']);
});

test('one POST webhook that n8n answers on receipt, before the workflow runs', () => {
	expect(description.webhooks).toEqual([{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'talon-one' }]);
});

test('the panel explains the setup in Talon.One step by step, above the events', () => {
	const [notice, events] = description.properties;
	expect(notice.type).toBe('notice');
	expect(notice.displayName).toMatch(/1\. Copy the Production URL.*2\. In the Campaign Manager.*3\. Paste the URL, choose POST, and add a header.*X-Talon-Webhook-Secret.*4\. Save/);
	expect(events).toEqual(expect.objectContaining({ name: 'events', type: 'multiOptions', required: true }));
	expect((events.options as Array<{ value: string }>).map((o) => o.value).sort()).toEqual(ALL_EVENTS.map((e) => e.value).sort());
	expect(events.options).toHaveLength(25);
});
