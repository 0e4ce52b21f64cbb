import { statementCosts } from './statement-profile';

it('sums parse, bind and execute durations per statement text, largest first, ignoring other log lines', () => {
  const log = [
    '101 LOG:  duration: 0.500 ms  parse <unnamed>: INSERT INTO t\n     SELECT 1',
    '101 LOG:  duration: 1.250 ms  bind <unnamed>: INSERT INTO t SELECT 1',
    "101 DETAIL:  Parameters: $1 = 'x'",
    '101 LOG:  duration: 10.000 ms  execute <unnamed>: INSERT INTO t SELECT 1',
    '102 LOG:  duration: 3.000 ms  statement: COMMIT',
    '102 LOG:  checkpoint starting: time',
    '102 LOG:  duration: 4.000 ms  statement: COMMIT',
  ].join('\n');
  expect(statementCosts(log)).toEqual([
    { statement: 'INSERT INTO t SELECT 1', entries: 3, ms: 0.5 + 1.25 + 10 },
    { statement: 'COMMIT', entries: 2, ms: 7 },
  ]);
});
