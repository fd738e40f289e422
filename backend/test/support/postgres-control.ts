import { pgCtl, serverFlags } from '../../src/platform/database/embedded-postgres';

/** Takes the fault-test cluster away under a live API, and brings it back on the same port. */
export function stopFaultPostgres(): void {
  pgCtl(['stop', '-D', process.env.MAMORI_FAULT_DATA_DIR!, '-m', 'fast', '-w']);
}

export function startFaultPostgres(): void {
  const port = process.env.MAMORI_FAULT_PORT!;
  pgCtl([
    'start',
    '-D',
    process.env.MAMORI_FAULT_DATA_DIR!,
    '-w',
    '-o',
    // The same settings the cluster was started with, as one string for pg_ctl's -o.
    `-p ${port} ${serverFlags(true).join(' ')}`,
    '-l',
    '/dev/null',
  ]);
}
