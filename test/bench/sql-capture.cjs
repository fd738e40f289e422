// Preloaded into the app by the benchmarks (NODE_OPTIONS=--require): records the statements the app
// sends to PostgreSQL between two SIGUSR2 signals, with their parameters, the connection that ran them
// and when they started and ended, into BENCH_SQL_CAPTURE_FILE. The rows replay them through pg as the
// baseline "the SQL it runs". Outside a capture the patched query() only checks one flag.
const { createRequire } = require('node:module');
const { renameSync, writeFileSync } = require('node:fs');
const { performance } = require('node:perf_hooks');

const out = process.env.BENCH_SQL_CAPTURE_FILE;
if (out && process.argv[1]) {
  const { Client } = createRequire(process.argv[1])('pg');
  const original = Client.prototype.query;
  const connectionIds = new WeakMap();
  let nextConnection = 1;
  let capturing = null;
  Client.prototype.query = function query(config, values, callback) {
    if (!capturing) return original.call(this, config, values, callback);
    if (!connectionIds.has(this)) connectionIds.set(this, nextConnection++);
    const entry = {
      connection: connectionIds.get(this),
      text: typeof config === 'string' ? config : config.text,
      // A copy: callers may reuse and grow the same parameter array for their next statement.
      values: [...((Array.isArray(values) ? values : config?.values) ?? [])],
      start: performance.now(),
      end: null,
    };
    capturing.push(entry);
    const done = () => (entry.end = performance.now());
    if (typeof values === 'function') {
      const cb = values;
      return original.call(this, config, (...args) => (done(), cb(...args)));
    }
    if (typeof callback === 'function') {
      return original.call(this, config, values, (...args) => (done(), callback(...args)));
    }
    const result = original.call(this, config, values);
    if (result && typeof result.then === 'function') result.then(done, done);
    return result;
  };
  process.on('SIGUSR2', () => {
    if (!capturing) {
      capturing = [];
      return;
    }
    const statements = capturing;
    capturing = null;
    // Written aside and renamed: the benchmark polls for the file and must never read half of it.
    writeFileSync(`${out}.tmp`, JSON.stringify(statements));
    renameSync(`${out}.tmp`, out);
  });
}
