/**
 * The seeding progress bar: one line redrawn in place on a terminal, a line per 10 % otherwise
 * (CI logs, pipes), so a log file stays short and a person still sees it move.
 */
export function progressBar(write: (s: string) => void, tty: boolean): (done: number, total: number) => void {
  let lastTenth = -1;
  return (done, total) => {
    const pct = total ? Math.floor((100 * done) / total) : 100;
    if (tty) {
      const width = 30;
      const full = Math.round((width * pct) / 100);
      write(`\r[opencx] feedback ${'█'.repeat(full)}${'░'.repeat(width - full)} ${String(pct).padStart(3)} % (${done.toLocaleString('en')}/${total.toLocaleString('en')})${done >= total ? '\n' : ''}`);
    } else if (Math.floor(pct / 10) > lastTenth) {
      lastTenth = Math.floor(pct / 10);
      write(`[opencx] feedback ${pct} % (${done}/${total})\n`);
    }
  };
}
