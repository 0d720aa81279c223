import { operations } from '../../nodes/TalonOne/operations';
import type { OperationDefinition } from '../../nodes/TalonOne/operations/types';

export function findOperationById(operationId: string): OperationDefinition {
	const op = operations.find((o) => o.operationId === operationId);
	if (!op) throw new Error(`No operation with operationId ${operationId} in the table`);
	return op;
}
