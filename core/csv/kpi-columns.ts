// The canonical KPI file (`okr-kpis.csv`), column by column; order is the byte layout of every
// export. A file of its own rather than rows of okr-items.csv: a KPI has none of an item's
// columns but owners, teams, unit and tags, and older readers of the items file would refuse an
// unknown `type` (docs/csv-format.md, "KPIs file").

export const KPI_COLUMNS = ['id', 'name', 'description', 'owners', 'teams', 'unit', 'healthy min', 'healthy max', 'current', 'tags'] as const;

export type KpiColumn = (typeof KPI_COLUMNS)[number];

/** The columns that tell the KPI file from every other layout. */
export const KPI_SIGNATURE = ['id', 'name', 'healthy min', 'healthy max'] as const;
