/**
 * Campaign → Update changes only what the item sets: the panel as n8n builds it from the
 * description offers every change under Update Fields, none of them preset, so a campaign a
 * marketer renames keeps its state. (The runs: test/operations/campaign.cases.ts; the refusals of
 * an update that sets nothing: test/operations/validation.test.ts.)
 */
import { NodeHelpers, type INodeParameters, type INodeProperties } from 'n8n-workflow';
import { TalonOne } from '../../nodes/TalonOne/TalonOne.node';

const description = new TalonOne().description;
const node = { typeVersion: 1 };

/** The top-level parameters n8n shows for these values, and what it saves by default. */
function panel(values: INodeParameters) {
	const saved = NodeHelpers.getNodeParameters(description.properties, { resource: 'campaign', operation: 'update', ...values }, true, false, node, description) ?? {};
	const shown = description.properties.filter((p) => NodeHelpers.displayParameter(saved, p, node, description)).map((p) => p.name);
	return { shown, saved, property: (name: string) => description.properties.find((p) => p.name === name && shown.includes(p.name))! };
}

describe('Campaign → Update: the panel', () => {
	test('fields mode: Application, Campaign and Update Fields; no State preset anywhere', () => {
		const { shown, saved, property } = panel({});
		expect(shown).toEqual(['resource', 'operation', 'applicationId', 'campaignId', 'inputMode', 'updateFields', 'options']);
		expect(saved).not.toHaveProperty('state');
		expect(saved.updateFields).toEqual({});
		const updateFields = property('updateFields');
		expect(updateFields).toMatchObject({ displayName: 'Update Fields', type: 'collection', placeholder: 'Add Field', default: {} });
		expect((updateFields.options as INodeProperties[]).map((o) => o.displayName)).toEqual(['Description', 'End Time', 'Name', 'Start Time', 'State', 'Tags']);
	});

	test('State, once added, offers the states of the spec and says that leaving it out keeps the current one', () => {
		const state = (panel({}).property('updateFields').options as INodeProperties[]).find((o) => o.name === 'state')!;
		expect(state.required).toBeUndefined();
		expect(state.options?.map((o) => ('value' in o ? o.value : undefined))).toEqual(['enabled', 'disabled', 'archived']);
		expect(state.description).toMatch(/Leave it out to keep the current state\.$/);
	});

	test('JSON mode: the body is written whole, Update Fields is not shown', () => {
		expect(panel({ inputMode: 'json' }).shown).toEqual(['resource', 'operation', 'applicationId', 'campaignId', 'inputMode', 'jsonBody', 'options']);
	});
});
