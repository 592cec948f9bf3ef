import type { CollectionName } from '../../core/model/workspace.ts';

export const BACKUP_REASONS = ['manual', 'before import', 'before merge', 'before delete', 'before restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** A whole-workspace snapshot as listed; the records themselves stay in the background. */
export type BackupInfo = { id: string; createdAt: string; reason: BackupReason; workspaceName: string; counts: Record<CollectionName, number> };
