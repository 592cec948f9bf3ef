import type { Draft, TableInput } from '../draft.ts';
import { normaliseHeader, type HeaderMap } from '../header-fields.ts';
import type { Problem } from '../problems.ts';
import { cellsOf, isBlank } from './cells.ts';

const SECTION = new Set(['sectioncolumn', 'section', 'group', 'list', 'board', 'stage']);
const PARENT_TASK = new Set(['parenttask', 'parentitem', 'parenttaskname']);

/** The section and parent-task columns of a project-tool export (Asana, Monday), when it has both. */
export function projectToolColumns(header: readonly string[]): { section: number; parentTask: number } | undefined {
  const section = header.findIndex((h) => SECTION.has(normaliseHeader(h)));
  const parentTask = header.findIndex((h) => PARENT_TASK.has(normaliseHeader(h)));
  return section >= 0 && parentTask >= 0 ? { section, parentTask } : undefined;
}

/**
 * A project-tool export: each section (group) is an objective, each task in it a key result, and
 * each subtask (its parent task named in `Parent task`) an initiative of that task. A subtask of
 * a subtask joins the same task.
 */
export function readProjectTool({ file, body, header }: TableInput, map: HeaderMap, problems: Problem[]): Draft[] {
  const { section, parentTask } = projectToolColumns(header)!;
  const completedAt = header.findIndex((h) => ['completedat', 'completed', 'completedon', 'donedate'].includes(normaliseHeader(h)));
  // These are read here, not ignored (the report of ignored columns shares this list).
  const read = new Set([header[section], header[parentTask], header[completedAt]]);
  map.unknown.splice(0, map.unknown.length, ...map.unknown.filter((h) => !read.has(h)));
  const objectives = new Map<string, Draft>();
  const tasks = new Map<string, Draft>();
  const subtasks: { draft: Draft; parentName: string }[] = [];
  const out: Draft[] = [];
  body.forEach((cells, i) => {
    if (isBlank(cells)) return;
    const row = i + 2;
    const c = cellsOf(map, cells);
    // A "Group" column is the section here, not a team.
    if (map.fields.get('team') === section) delete c.team;
    // A completed task or subtask is done (Asana writes when, not a status).
    const completed = completedAt >= 0 ? (cells[completedAt]?.trim() ?? '') : '';
    if (completed && !/^(no|n|false|0)$/i.test(completed) && !c.status) c.status = { text: 'Done', column: header[completedAt]! };
    const name = c.title?.text ?? c.keyResult?.text ?? '';
    const parentName = cells[parentTask]?.trim() ?? '';
    if (!name) return void problems.push({ file, row, column: c.title?.column ?? 'Name', severity: 'error', message: 'is empty; every task needs a name' });
    if (parentName) return void subtasks.push({ draft: { file, row, type: 'initiative', key: `row ${row}`, cells: { ...c, title: c.title ?? c.keyResult! } }, parentName });
    const sectionName = cells[section]?.trim() ?? '';
    if (!sectionName) return void problems.push({ file, row, column: header[section], severity: 'error', message: 'is empty; a task outside any section has no objective to sit under' });
    let objective = objectives.get(sectionName.toLowerCase());
    if (!objective) {
      const own = cellsOf(map, cells, ['period']);
      objective = { file, row, type: 'objective', key: `section ${sectionName.toLowerCase()}`, cells: { ...own, title: { text: sectionName, column: header[section]! } } };
      objectives.set(sectionName.toLowerCase(), objective);
      out.push(objective);
    }
    const task: Draft = { file, row, type: 'keyResult', key: `row ${row}`, parentKey: objective.key, cells: { ...c, title: c.title ?? c.keyResult! } };
    if (!tasks.has(name.toLowerCase())) tasks.set(name.toLowerCase(), task);
    out.push(task);
  });
  const subtaskByName = new Map(subtasks.map((s) => [s.draft.cells.title!.text.toLowerCase(), s]));
  for (const s of subtasks) {
    let parentName = s.parentName;
    for (let hops = 0; !tasks.has(parentName.toLowerCase()) && subtaskByName.has(parentName.toLowerCase()) && hops < subtasks.length; hops++) parentName = subtaskByName.get(parentName.toLowerCase())!.parentName;
    const task = tasks.get(parentName.toLowerCase());
    if (!task) {
      problems.push({ file, row: s.draft.row, column: header[parentTask], severity: 'error', message: `parent task ${JSON.stringify(s.parentName)} is not in the file` });
      continue;
    }
    out.push({ ...s.draft, parentKey: task.key });
  }
  return out;
}
