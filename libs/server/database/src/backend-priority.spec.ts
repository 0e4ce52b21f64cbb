import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { renice } from './backend-priority';
import { worksQueue } from './job-queue';

/** A process's nice value, from /proc (field 19 of its stat line). */
function niceOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

describe('renice (a backend of this host only)', () => {
  it('leaves alone a pid that is not a PostgreSQL backend on this host', () => {
    // A child process that is not PostgreSQL: its title does not start with "postgres: ".
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)']);
    try {
      expect(renice(child.pid as number, 5432, 19)).toBe('the backend is not on this host');
      expect(niceOf(child.pid as number)).toBe(niceOf(process.pid));
    } finally {
      child.kill();
    }
  });

  it('leaves alone a pid that does not exist here (PostgreSQL on another host)', () => {
    expect(renice(2 ** 22 + 12345, 5432, 19)).toBe('the backend is not on this host');
  });

  it('needs the TCP client port that names the backend', () => {
    expect(renice(process.pid, undefined, 19)).toBe('not a TCP connection');
  });
});

describe('worksQueue', () => {
  it('works every queue without a selection, only the listed ones with `only`, all but the listed with `except`', () => {
    expect(worksQueue(undefined, 'feedback-import')).toBe(true);
    expect(worksQueue({ only: ['feedback-import'] }, 'feedback-import')).toBe(true);
    expect(worksQueue({ only: ['feedback-import'] }, 'case-sla')).toBe(false);
    expect(worksQueue({ except: ['feedback-import'] }, 'feedback-import')).toBe(false);
    expect(worksQueue({ except: ['feedback-import'] }, 'case-sla')).toBe(true);
  });
});
