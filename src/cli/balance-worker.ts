/**
 * A worker thread of `npm run sim -- --balance`: measures the parts of the report it is sent,
 * one at a time, and posts each one's figures back. Its own game memo lasts as long as it does.
 */
import { parentPort } from 'node:worker_threads';
import { measurePart, type ReportPart } from './balance-report';
import type { ScenarioId } from '../engine';

export interface PartJob {
  index: number;
  scenario: ScenarioId;
  part: ReportPart;
  searchGames: number;
}

parentPort!.on('message', (job: PartJob) => {
  parentPort!.postMessage({
    index: job.index,
    figures: measurePart(job.scenario, job.part, job.searchGames),
  });
});
