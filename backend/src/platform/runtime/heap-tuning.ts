import { setFlagsFromString } from 'node:v8';

/**
 * Imported first by main.ts, before any other module allocates: the V8 settings of the API process.
 * A request's objects all die with the request, which is what the young generation is built for.
 *
 * - Allocation-site pretenuring off (ADR 0009). With it on, V8 decided to allocate some of pg's
 *   per-row objects directly in the old generation. Those old objects point at the young row strings,
 *   so every young-generation collection kept and promoted the rows of the requests before it: 2.7 MB
 *   per scavenge on the subcontractor list, pauses of 3–4 ms instead of about 1 ms, and an old
 *   generation that grew until a full collection.
 * - No scavenge tasks (ADR 0010). V8 otherwise posts a young-generation collection as a task once the
 *   new space is 80 % full, and runs it in the next gap between requests. An API waiting on PostgreSQL
 *   has such a gap in every request, so the young generation was collected three times as often as
 *   when it is collected only when full (93 against 32 scavenges over 1,300 subcontractor-list
 *   requests) and the new space never grew to the request rate.
 * - The young generation's size is set on the command line, where V8 reads it at start-up: every
 *   launcher passes backend/node-flags.cjs (ADR 0013).
 */
setFlagsFromString('--no-allocation-site-pretenuring');
setFlagsFromString('--no-minor-gc-task');
