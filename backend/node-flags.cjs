// The V8 options the API process is started with (ADR 0013): semi-spaces of 16 MB from the start,
// where V8 would start at 1 MB and seldom grow them. On the command line only: V8 sizes its young
// generation when it starts, and Node refuses this option in NODE_OPTIONS. Every way of starting the
// API passes them: npm start (scripts/start.mjs), npm run dev (scripts/dev.mjs), the app the browser
// tests and the benchmarks start (test/support/app-process.mjs), and, written out, the backend's start
// script and the Docker image's CMD (test/repo/dockerfile.spec.ts checks those two).
module.exports = ['--min-semi-space-size=16'];
