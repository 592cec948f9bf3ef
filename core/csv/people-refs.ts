import type { Person } from '../model/records.ts';

/** How a person is written in a CSV cell: their email when known (the identity across files), else their name. */
export const personRef = (p: Pick<Person, 'email' | 'name'>) => p.email ?? p.name;

/** Finds a person by email (case-insensitive), else by exact name, else by case-insensitive name. */
export function findPerson(people: readonly Person[], ref: string): Person | undefined {
  const r = ref.trim();
  const lower = r.toLowerCase();
  if (r.includes('@')) return people.find((p) => p.email?.toLowerCase() === lower);
  return people.find((p) => p.name === r) ?? people.find((p) => p.name.toLowerCase() === lower);
}
