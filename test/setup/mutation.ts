import fc from 'fast-check';

// Mutation runs only (vitest.stryker.config.ts): a property that fails has done its job there.
// Shrinking the counterexample helps a person read it, but can outlast Stryker's timeout and turn
// a plain kill into a slow "timeout".
fc.configureGlobal({ endOnFailure: true });
