import type { WorkspaceIndex } from '../math/workspace-index.ts';
import type { RecordType } from '../model/vocabulary.ts';
import type { Workspace } from '../model/workspace.ts';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One observation about the OKRs, with a reason a person can act on. */
export type Finding = { ruleId: string; severity: Severity; subject: { type: RecordType; id: string }; reason: string };

/** A quality rule; `id` is stable because settings and people refer to it. */
export type Rule = {
  id: string;
  summary: string;
  check: (ws: Workspace, index: WorkspaceIndex) => Finding[];
};
