import { CHECK_IN_STATUSES, type CheckInStatus } from '../../core/model/vocabulary.ts';

/** A linked item's status as a check-in's: an initiative's or a pending one becomes on track. */
export const asCheckInStatus = (status: string): CheckInStatus => CHECK_IN_STATUSES.find((s) => s === status) ?? 'on-track';
