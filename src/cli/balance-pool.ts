/**
 * Measures the balance report's parts on worker threads, one per core (at most `workers`), and
 * formats the report from the figures in a fixed order: the text does not depend on which worker
 * measured what, or when. The workers run under tsx like the command itself.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { SCENARIO_IDS } from '../engine';
import { REPORT_PARTS, formatReport, type PartFigures, type ReportFigures } from './balance-report';
import type { PartJob } from './balance-worker';

function startWorker(): Worker {
  const entry = new URL('./balance-worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

export async function balanceReportOnWorkers(searchGames: number, workers = 2): Promise<string> {
  const jobs: PartJob[] = REPORT_PARTS.flatMap((part) =>
    SCENARIO_IDS.map((scenario) => ({ index: 0, scenario, part, searchGames })),
  ).map((job, index) => ({ ...job, index }));
  const results: PartFigures[keyof PartFigures][] = new Array(jobs.length);
  let next = 0;
  const pool = Array.from({ length: Math.min(workers, availableParallelism(), jobs.length) }, () =>
    startWorker(),
  );
  await Promise.all(
    pool.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          const give = () => {
            if (next >= jobs.length) {
              resolve();
              return;
            }
            worker.postMessage(jobs[next++]);
          };
          worker.on(
            'message',
            (done: { index: number; figures: PartFigures[keyof PartFigures] }) => {
              results[done.index] = done.figures;
              give();
            },
          );
          worker.on('error', reject);
          give();
        }),
    ),
  );
  await Promise.all(pool.map((worker) => worker.terminate()));
  const figures = Object.fromEntries(
    REPORT_PARTS.map((part) => [
      part,
      jobs.filter((job) => job.part === part).map((job) => results[job.index]),
    ]),
  ) as ReportFigures;
  return formatReport(figures);
}
