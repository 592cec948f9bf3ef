import type { Role } from '../../../core/import/mapping/column-mapping.ts';

/** What each role is called in the mapping step's selects. */
export const ROLE_LABELS: Record<Role, string> = {
  ignore: 'Ignore', title: 'Title', type: 'Type (objective, key result …)', parent: 'Parent', rowId: 'Row ID', order: 'Outline number',
  objective: 'Objective title', keyResult: 'Key result title', owner: 'Owner', objectiveOwner: 'Objective owner', team: 'Team', period: 'Period',
  start: 'Start value', target: 'Target value', current: 'Current value', unit: 'Unit', kind: 'Measure kind', progress: 'Progress', confidence: 'Confidence',
  due: 'Due date', date: 'Check-in date', status: 'Status', note: 'Notes', description: 'Description', tags: 'Tags', weight: 'Weight',
  commitment: 'Commitment', score: 'Score', author: 'Check-in author', level: 'Indentation level',
};
