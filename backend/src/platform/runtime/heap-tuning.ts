import { setFlagsFromString } from 'node:v8';

/**
 * Imported first by main.ts, before any other module allocates: turns off V8's allocation-site
 * pretenuring for the API process (ADR 0009).
 *
 * With it on, V8 decided to allocate some of pg's per-row objects directly in the old generation.
 * Those old objects point at the young row strings, so every young-generation collection kept and
 * promoted the rows of the requests before it: 2.7 MB per scavenge on the subcontractor list, scavenge
 * pauses of 3–4 ms instead of about 1 ms, and an old generation that grew until a full collection.
 * A request's objects all die with the request, which is what the young generation is built for.
 */
setFlagsFromString('--no-allocation-site-pretenuring');
