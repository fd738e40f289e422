// The API side of the latency rows: one HTTP/1.1 connection, kept open, that sends the same GET again and
// again and times each answer from the request's first byte written to the body's last byte received.
// The SQL side replays on connections it keeps open for the whole row (sql-replay.mjs), so the API side
// keeps its connection too, and the client does nothing per request but write and count bytes. Not a row.
import net from 'node:net';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';

const HEAD_END = Buffer.from('\r\n\r\n');

/** Opens the connection; `time(amount)` sends `amount` requests one after the other and returns their latencies in ms. */
export async function openTimedGet(url, headers = {}) {
  const { hostname, port, pathname, search } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  socket.setNoDelay(true);
  await once(socket, 'connect');
  const request = Buffer.from(
    `GET ${pathname}${search} HTTP/1.1\r\nhost: ${hostname}:${port}\r\naccept: application/json\r\n` +
      Object.entries(headers)
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('') +
      '\r\n',
  );

  let pending; // the answer being read: { resolve, reject, started, head, bodyLength, received }
  const fail = (error) => {
    const current = pending;
    pending = undefined;
    current?.reject(error);
  };
  socket.on('data', (chunk) => {
    const answer = pending;
    if (!answer) return fail(new Error(`${url}: bytes arrived with no request outstanding`));
    if (answer.bodyLength === undefined) {
      answer.head = answer.head ? Buffer.concat([answer.head, chunk]) : chunk;
      const end = answer.head.indexOf(HEAD_END);
      if (end < 0) return;
      const head = answer.head.subarray(0, end).toString('latin1');
      const status = Number(head.slice(9, 12));
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
      if (!length) return fail(new Error(`${url}: an answer without content-length (${head.split('\r\n')[0]})`));
      answer.bodyLength = Number(length[1]);
      answer.received = answer.head.length - end - HEAD_END.length;
      if (status !== 200) {
        const body = answer.head.subarray(end + HEAD_END.length).toString('utf8');
        return fail(new Error(`${url}: ${status} ${body.slice(0, 200)}`));
      }
    } else {
      answer.received += chunk.length;
    }
    if (answer.received < answer.bodyLength) return;
    const ms = performance.now() - answer.started;
    pending = undefined;
    if (answer.received > answer.bodyLength) return answer.reject(new Error(`${url}: more bytes than announced`));
    answer.resolve(ms);
  });
  socket.on('error', fail);
  socket.on('close', () => fail(new Error(`${url}: the server closed the connection`)));

  const one = () =>
    new Promise((resolve, reject) => {
      pending = { resolve, reject, started: performance.now() };
      socket.write(request);
    });

  return {
    async time(amount) {
      const latencies = [];
      for (let i = 0; i < amount; i++) latencies.push(await one());
      return latencies;
    },
    close() {
      socket.removeAllListeners('close');
      socket.end();
    },
  };
}
