/**
 * A PostgreSQL server for the tests that need one. TEST_DATABASE_URL names an existing database; otherwise this
 * starts a throwaway server from the installed PostgreSQL binaries (Debian's `postgresql` package) in a temporary
 * folder, and stops and deletes it afterwards.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

const installHint =
  'Install PostgreSQL (Debian: apt-get install -y postgresql) or set TEST_DATABASE_URL to a database the tests may use.';

function findPostgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (!newest) throw new Error(`No PostgreSQL server found in ${root}. ${installHint}`);
  return join(root, newest, 'bin');
}

export interface RunningPostgres {
  url: string;
  stop(): void;
}

/** A database URL for the tests, and how to stop what was started for them. */
export async function startPostgres(): Promise<RunningPostgres> {
  const existing = process.env['TEST_DATABASE_URL'];
  if (existing) return { url: existing, stop: () => undefined };

  const bin = findPostgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'send-pg-'));
  const data = join(dir, 'data');
  // PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user the package created.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), 0);
  const run = (command: string, args: string[]) => {
    const [file, fullArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    const result = spawnSync(file, fullArgs, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}. ${installHint}`);
  };
  const port = await freePort();
  run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  run(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
