import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import fs from 'node:fs';
import path from 'node:path';
if (isMainThread) {
  const n = +process.argv[2]; const young = +(process.argv[3] || 0);
  const t = Date.now(); let done = 0; const res = [];
  for (let i = 0; i < n; i++) new Worker(new URL(import.meta.url), { workerData: { i, n }, ...(young ? { resourceLimits: { maxYoungGenerationSizeMb: young } } : {}) }).on('message', (m) => { res.push(m); if (++done === n) console.log(process.execArgv.join(' '), 'young', young, n, 'workers wall', Date.now() - t, 'ms', res.join(' ')); });
} else {
  const { parseArticle } = await import('./dist/index.js');
  const files = [];
  const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else files.push(p); } };
  walk('bench/.corpus/files-10000');
  const base = files.filter((_, k) => k % workerData.n === workerData.i).slice(0, 10000 / 2); const mine = [...base, ...base, ...base, ...base];
  const t = process.hrtime.bigint(); let n = 0;
  for (const f of mine) { const a = parseArticle(fs.readFileSync(f), { path: f }); n += JSON.stringify(a).length; }
  parentPort.postMessage(((Number(process.hrtime.bigint() - t) / 1e3) / mine.length).toFixed(1));
}
