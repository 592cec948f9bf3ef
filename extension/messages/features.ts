import type { RequestType } from './api.ts';

/** The feature each request belongs to: it starts every error message, so people see where it came from. */
export const FEATURE_OF = {
  'workspace.summary': 'workspace',
  'workspace.get': 'workspace',
  'me.get': 'profile',
  'me.set': 'profile',
  'okrs.byPeriod': 'okrs',
  'okrs.byOwner': 'okrs',
  'okrs.byTeam': 'okrs',
  'okrs.byLink': 'okrs',
  'checkIns.forTarget': 'check-ins',
  'objective.create': 'objectives',
  'objective.update': 'objectives',
  'objective.delete': 'objectives',
  'keyResult.create': 'key results',
  'keyResult.update': 'key results',
  'keyResult.delete': 'key results',
  'initiative.create': 'initiatives',
  'initiative.update': 'initiatives',
  'initiative.delete': 'initiatives',
  'checkIn.add': 'check-in',
  'bundle.import': 'import',
  'bundle.export': 'export',
  'bundle.merge': 'merge',
  'backup.list': 'backups',
  'backup.create': 'backups',
  'backup.restore': 'backups',
  'backup.export': 'backups',
  'period.close': 'close period',
  'settings.update': 'settings',
  'records.restore': 'undo',
  'kpi.create': 'KPIs',
  'kpi.update': 'KPIs',
  'kpi.delete': 'KPIs',
  'records.import': 'import',
  'csv.export': 'export',
  'workspace.create': 'workspace',
  'person.create': 'people',
  'workspace.json': 'workspace',
  'link.add': 'links',
  'link.remove': 'links',
  'okrs.linkable': 'links',
  'home.firstScreen': 'workspace',
  'importMapping.get': 'import',
  'importMapping.save': 'import',
} as const satisfies Record<RequestType, string>;

/** `messages` is the transport itself: an orphaned content script, an unknown request. */
export type Feature = (typeof FEATURE_OF)[RequestType] | 'messages' | 'overlay';

export const isRequestType = (value: unknown): value is RequestType => typeof value === 'string' && Object.hasOwn(FEATURE_OF, value);
export const featureOf = (type: unknown): Feature => (isRequestType(type) ? FEATURE_OF[type] : 'messages');
