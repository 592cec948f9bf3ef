import type { CheckIn, Initiative, KeyResult, Kpi, Objective } from '../../core/model/records.ts';
import type { CheckInSource } from '../../core/model/vocabulary.ts';

/** The records pages and content scripts may create, update and delete through the background. */
export type Editable = { objective: Objective; keyResult: KeyResult; initiative: Initiative };
/** Every record the edit requests (`<type>.create`, `.update`, `.delete`) take: the OKR items and KPIs. */
export type EditRecords = Editable & { kpi: Kpi };
export type EditRecordType = keyof EditRecords;
export type EditableType = keyof Editable;

// The background stamps these: a caller's clock or merge bookkeeping is not to be trusted.
type Stamped = 'id' | 'updatedAt' | 'fieldClocks';

/** A new record: every field but the stamps; an id may be given (a retry then cannot duplicate it). */
export type Draft<T> = Omit<T, Stamped> & { id?: string };

/** Fields to change; `null` removes an optional field (undefined does not survive messaging). */
export type Changes<T> = { [K in Exclude<keyof T, Stamped>]?: T[K] | null };

/** A new check-in: `time` defaults to now, `source` to manual. */
export type CheckInDraft = Omit<CheckIn, Stamped | 'time' | 'source'> & { id?: string; time?: string; source?: CheckInSource };
