import type { StringField } from '../../fields/types';
import { profileIntegrationId } from '../sharedFields';

/** The customer a card is linked to or unlinked from. */
export const cardProfile = (description: string): StringField => ({ ...profileIntegrationId, kind: 'string', description });
