// JQL text for live counts: a query's filter without its ORDER BY, and the same filter narrowed
// to done issues (for the share done).

// Quoted strings are masked first, so `summary ~ "order by"` is not taken for the clause.
export function withoutOrderBy(jql: string): string {
  const masked = jql.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, (quoted) => '_'.repeat(quoted.length));
  const at = masked.search(/\border\s+by\b/i);
  return (at < 0 ? jql : jql.slice(0, at)).trim();
}

export function doneJql(jql: string): string {
  const filter = withoutOrderBy(jql);
  return filter ? `(${filter}) AND statusCategory = Done` : 'statusCategory = Done';
}
