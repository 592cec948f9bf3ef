import type { EntityRef } from './site-types.ts';

/** One real page URL, the fixture that imitates it, and what the overlay must find there. */
export type ExamplePage = { url: string; fixture: string; entity: EntityRef; title: string; container?: EntityRef };
