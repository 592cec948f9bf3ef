import type { Period, Person, Team } from '../model/records.ts';
import type { Workspace } from '../model/workspace.ts';
import { findPerson } from '../csv/people-refs.ts';
import { periodFromName, periodNameKey } from './period-names.ts';
import { stableId } from './stable-id.ts';

/**
 * Turns the names a file uses for people, teams and periods into ids, creating what the
 * workspace lacks. People match by email, else by name; teams by name; periods by name
 * (`Q3 2026` finds `2026 Q3`).
 */
export class Resolver {
  readonly created = { people: [] as Person[], teams: [] as Team[], periods: [] as Period[] };
  private readonly people: Person[];
  private readonly teams: Team[];
  private readonly periods: Period[];
  private readonly now: string;
  private readonly personCache = new Map<string, string>();
  private readonly periodCache = new Map<string, string | undefined>();

  constructor(base: Pick<Workspace, 'people' | 'teams' | 'periods'>, now: string) {
    this.now = now;
    this.people = [...base.people];
    this.teams = [...base.teams];
    this.periods = [...base.periods];
  }

  person(ref: string, name?: string): string {
    // Big sheets name the same few people on every row: remember each answer.
    const cacheKey = name === undefined ? ref : `${ref}\u0000${name}`;
    const cached = this.personCache.get(cacheKey);
    if (cached) return cached;
    const id = this.findOrCreatePerson(ref, name);
    this.personCache.set(cacheKey, id);
    return id;
  }

  private findOrCreatePerson(ref: string, name?: string): string {
    const found = findPerson(this.people, ref) ?? (name ? findPerson(this.people, name) : undefined);
    if (found) return found.id;
    const email = ref.includes('@') ? ref.trim() : undefined;
    const person: Person = {
      id: stableId('person', ref.trim().toLowerCase()), name: name?.trim() || (email ? nameFromEmail(email) : ref.trim()),
      ...(email ? { email } : {}), role: 'member', updatedAt: this.now,
    };
    this.people.push(person);
    this.created.people.push(person);
    return person.id;
  }

  team(name: string): string {
    const key = name.trim().toLowerCase();
    const found = this.teams.find((t) => t.name.toLowerCase() === key);
    if (found) return found.id;
    const team: Team = { id: stableId('team', key), name: name.trim(), memberIds: [], archived: false, updatedAt: this.now };
    this.teams.push(team);
    this.created.teams.push(team);
    return team.id;
  }

  /** The period's id, or undefined when the name is unknown and gives no dates. */
  period(name: string, start?: string, end?: string): string | undefined {
    const cacheKey = `${name}\u0000${start ?? ''}\u0000${end ?? ''}`;
    if (this.periodCache.has(cacheKey)) return this.periodCache.get(cacheKey);
    const id = this.findOrCreatePeriod(name, start, end);
    this.periodCache.set(cacheKey, id);
    return id;
  }

  private findOrCreatePeriod(name: string, start?: string, end?: string): string | undefined {
    const found = this.findPeriod(name);
    if (found) return found.id;
    const generated = periodFromName(name, this.now);
    const fits = generated && (!start || !end || (generated.start === start && generated.end === end));
    const period: Period | undefined = fits
      ? generated
      : start && end
        ? { id: stableId('period', name.trim().toLowerCase(), start, end), name: name.trim(), start, end, updatedAt: this.now }
        : undefined;
    if (!period) return undefined;
    // A generated quarter sits inside its year: create the year too when it is missing.
    if (period.parentId && !this.periods.some((p) => p.id === period.parentId)) this.period(period.parentId);
    this.periods.push(period);
    this.created.periods.push(period);
    return period.id;
  }

  private findPeriod(name: string): Period | undefined {
    const key = periodNameKey(name);
    return this.periods.find((p) => p.name === name.trim()) ?? this.periods.find((p) => p.id === key || periodNameKey(p.name) === key);
  }
}

function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email;
  return local.split(/[._-]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ') || email;
}
