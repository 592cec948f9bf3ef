// Well-known key prefixes (an id's first three characters name its object) for records whose
// URL does not name the object (Classic `/<id>`, `one.app#/sObject/<id>`, `/lightning/r/<id>/view`).
// Custom objects' prefixes differ per org, so they are not listed; such records read "Record <id>".
const KEY_PREFIXES: Readonly<Record<string, string>> = {
  '001': 'Account',
  '003': 'Contact',
  '005': 'User',
  '006': 'Opportunity',
  '00Q': 'Lead',
  '00T': 'Task',
  '00U': 'Event',
  '00O': 'Report',
  '01Z': 'Dashboard',
  '500': 'Case',
  '701': 'Campaign',
  '800': 'Contract',
  '801': 'Order',
  '0Q0': 'Quote',
  '01t': 'Product2',
  '02i': 'Asset',
};

/** The object name of a record id from its key prefix, when it is a standard object we know. */
export function objectOfId(id: string): string | undefined {
  return KEY_PREFIXES[id.slice(0, 3)];
}
