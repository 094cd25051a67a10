/**
 * The recipes of docs/cluster.md that cannot run here as a whole: each file is shown in the doc
 * as it is, the Kubernetes manifest is valid against the Kubernetes API's schemas, the
 * Dockerfile passes a linter, and the commands the pods and child jobs would run are run here for
 * every index, with the scheduler's variables set as it would set them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validate as lintDockerfile } from 'dockerfile-utils';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const DOC = readFileSync('docs/cluster.md', 'utf8');
const read = (path: string): string => readFileSync(path, 'utf8');
const MANIFEST = 'docs/cluster/parse-article-job.yaml';
const DOCKERFILE = 'docs/cluster/Dockerfile';
const AWS = 'docs/cluster/aws-batch-job-definition.json';

const scratch = mkdtempSync(join(tmpdir(), 'parse-article-recipes-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

interface JobDoc {
  spec: {
    completionMode?: string;
    completions?: number;
    parallelism?: number;
    template: { spec: { containers: { name?: string; command?: string[]; args?: string[] }[] } };
  };
}

describe('docs/cluster.md', () => {
  it('is linked from the README', () => {
    expect(read('README.md')).toContain('](docs/cluster.md)');
  });

  it('shows every recipe file as it is', () => {
    const shown: [string, string][] = [
      ['bash', 'test/cluster/parse-archive.sbatch'],
      ['dockerfile', DOCKERFILE],
      ['yaml', MANIFEST],
      ['json', AWS],
    ];
    for (const [fence, path] of shown) {
      expect(DOC, path).toContain(`\`\`\`${fence}\n${read(path)}\`\`\`\n`);
    }
  });
});

describe('the Kubernetes Indexed Job', () => {
  const manifest = parseYaml(read(MANIFEST)) as JobDoc;

  it('is valid against the Kubernetes schemas', () => {
    expect(() => {
      new Job(manifest as never).validate();
    }).not.toThrow();
    // The validator looks deep: a container without its required name is refused.
    const broken = structuredClone(manifest);
    delete broken.spec.template.spec.containers[0]?.name;
    expect(() => {
      new Job(broken as never).validate();
    }).toThrow(/name/);
  });

  it('is Indexed, and its --shard auto/N is its number of completions', () => {
    const { spec } = manifest;
    expect(spec.completionMode).toBe('Indexed');
    const script = spec.template.spec.containers[0]?.args?.[0] ?? '';
    expect(script).toContain(`--shard auto/${spec.completions}`);
    expect(spec.parallelism).toBeLessThanOrEqual(spec.completions ?? 0);
  });
});

describe('the Dockerfile', () => {
  it('passes the linter, which does find faults', () => {
    const text = read(DOCKERFILE);
    expect(lintDockerfile(text)).toEqual([]);
    expect(text).toMatch(/^FROM node:20-\S+$/m);
    const faulty = lintDockerfile(`${text}WORKDIR data\nCMD ["parse-article"]\n`);
    expect(JSON.stringify(faulty)).toMatch(/WORKDIR paths should be absolute/);
  });
});

/** A generated archive in DATA/archive, and the paths of its broken files. */
function data(): { dir: string; broken: string[] } {
  const dir = mkdtempSync(join(scratch, 'data-'));
  const list = join(dir, 'broken.txt');
  const made = spawnSync(
    process.execPath,
    ['test/cluster/make-archive.mjs', join(dir, 'archive'), '400', list],
    { encoding: 'utf8' },
  );
  expect(made.status).toBe(0);
  return { dir, broken: read(list).split('\n').filter(Boolean) };
}

/** A folder with parse-article on it, as the image has. */
function shimPath(): string {
  const bin = join(scratch, 'bin');
  mkdirSync(bin, { recursive: true });
  try {
    symlinkSync(resolve('bin/parse-article.js'), join(bin, 'parse-article'));
  } catch {
    // Made by an earlier test.
  }
  return `${bin}:${process.env.PATH ?? ''}`;
}

/** Runs a recipe's shell command once per index, /data moved to a scratch folder. */
function runTasks(script: string, envFor: (index: number) => Record<string, string>, n: number) {
  const { dir, broken } = data();
  const command = script.replaceAll('/data/', `${dir}/`);
  for (let index = 0; index < n; index++) {
    const result = spawnSync('sh', ['-c', command], {
      encoding: 'utf8',
      env: { PATH: shimPath(), HOME: scratch, ...envFor(index) },
    });
    expect(result.status, result.stderr).toBe(0);
  }
  const verify = spawnSync(
    process.execPath,
    ['bin/parse-article.js', '--verify-out', join(dir, 'out'), join(dir, 'archive'), '-q'],
    { encoding: 'utf8' },
  );
  expect(verify.stdout.split('\n').filter(Boolean)).toEqual(broken);
  const reported = Array.from({ length: n }, (_, index) =>
    read(join(dir, 'failed', `${index}.ndjson`))
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { path: string }).path),
  ).flat();
  expect(reported.sort()).toEqual([...broken].sort());
  return dir;
}

describe('the commands the scheduler runs', () => {
  it('Kubernetes: every completion index converts its shard, together all of the archive', () => {
    const { spec } = parseYaml(read(MANIFEST)) as JobDoc;
    const container = spec.template.spec.containers[0];
    expect(container?.command).toEqual(['sh', '-c']);
    runTasks(
      container?.args?.[0] ?? '',
      (index) => ({ JOB_COMPLETION_INDEX: String(index) }),
      spec.completions ?? 0,
    );
  });

  it('AWS Batch: every child job converts its shard, together all of the archive', () => {
    const definition = JSON.parse(read(AWS)) as { containerProperties: { command: string[] } };
    const [shell, flag, script] = definition.containerProperties.command;
    expect([shell, flag]).toEqual(['sh', '-c']);
    const size = 3;
    runTasks(
      script ?? '',
      (index) => ({
        AWS_BATCH_JOB_ARRAY_INDEX: String(index),
        AWS_BATCH_JOB_ARRAY_SIZE: String(size),
      }),
      size,
    );
  });
});
