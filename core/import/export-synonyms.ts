import type { Field } from './header-fields.ts';

/**
 * Header names from tracker (Jira), project-tool (Asana, Monday) and HR-suite (Workday, BambooHR,
 * Lattice) exports. They only add names: a name already in FIELD_SYNONYMS keeps its field.
 */
export const EXPORT_SYNONYMS: Partial<Record<Field, readonly string[]>> = {
  rowId: ['issue key', 'goal id', 'goal key', 'objective id'],
  type: ['issue type', 'work type', 'work item type'],
  title: ['goal name', 'goal title', 'task name', 'issue summary'],
  parent: ['parent key', 'parent issue', 'parent goal', 'parent goals', 'parent goal id', 'parent goal ids', 'aligned goals', 'aligns with'],
  team: ['departments', 'department name'],
  owner: ['goal owner', 'goal owners', 'employee', 'employees', 'person', 'people'],
  due: ['timeline - end', 'timeline end', 'due by'],
  kind: ['goal type', 'metric kind', 'custom field (kr type)'],
  // Jira writes its own fields' names inside "Custom field (…)".
  start: ['custom field (start)', 'custom field (start value)', 'custom field (baseline)'],
  target: ['custom field (target)', 'custom field (target value)'],
  current: ['custom field (current)', 'custom field (current value)', 'custom field (actual)'],
  period: ['custom field (quarter)', 'custom field (period)', 'custom field (okr period)'],
};
