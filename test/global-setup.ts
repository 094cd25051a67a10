import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The CLI tests spawn the built bundle; build it once if a checkout has not yet. */
export default function setup(): void {
  if (!existsSync('dist/cli/cli.js')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
