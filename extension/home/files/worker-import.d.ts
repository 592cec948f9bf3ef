// Vite's `?worker` imports (see plan-in-worker.ts); `vite/client` types are not loaded project-wide.
declare module '*?worker' {
  const WorkerConstructor: new (options?: { name?: string }) => Worker;
  export default WorkerConstructor;
}
