// One child process of the checking scripts (builder-check, security-lint),
// run to its end: its exit code and everything it wrote (stdout and stderr
// together). Killed after `timeoutMs`; a kill or a failure to start is code 1.
import { spawn } from 'node:child_process';

export function run(cmd, argv, opts, timeoutMs) {
  return new Promise((resolveRun) => {
    const child = spawn(cmd, argv, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code: code ?? 1, out });
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      resolveRun({ code: 1, out: `${out}\n${e.message}` });
    });
  });
}
