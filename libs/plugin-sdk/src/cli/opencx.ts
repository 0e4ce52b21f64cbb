import { checkPluginAt } from './plugin-check';

const USAGE = 'usage: opencx plugin check <path-to-plugin-package>';

/** The `opencx` bin of @opencx/plugin-sdk. Sets the exit code: 0 valid, 1 problems, 2 usage. */
export function main(args: readonly string[], print: (line: string) => void = console.log): number {
  const [group, command, path] = args;
  let code: number;
  if (group !== 'plugin' || command !== 'check' || !path) {
    print(USAGE);
    code = 2;
  } else {
    const report = checkPluginAt(path);
    report.lines.forEach((line) => print(line));
    code = report.ok ? 0 : 1;
  }
  process.exitCode = code;
  return code;
}
