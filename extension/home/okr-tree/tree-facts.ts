// The facts are pure logic in core/ (the background computes them for the first screen too).
export { treeFacts, type TreeFacts } from '../../../core/report/tree-facts.ts';
