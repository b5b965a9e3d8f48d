import type { ImportJob } from './contract';

/** The import's progress bar: done of total, 100 once finished (an empty sheet finishes at once). */
export function importPercent(job: Pick<ImportJob, 'status' | 'done' | 'total'>): number {
  if (job.status === 'done') return 100;
  if (job.total <= 0) return 0;
  return Math.min(99, Math.floor((job.done / job.total) * 100));
}
