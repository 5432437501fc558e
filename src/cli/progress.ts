import cliProgress from 'cli-progress';

/** A progress bar on a terminal; plain percentage lines when output goes to a file or CI log. */
export function progressBar(label: string) {
  const tty = process.stderr.isTTY;
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total}`,
      stream: process.stderr,
      noTTYOutput: !tty,
      notTTYSchedule: 2000,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
      if (done >= total) this.stop();
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
