import type { EntityRef } from './site-types.ts';

/** A real host URL, the fixture the e2e test serves there, and what the overlay must show on it. */
export type ExamplePage = { url: string; fixture: string; entity: EntityRef; title: string; container?: EntityRef };
