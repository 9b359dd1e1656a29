/**
 * `npm run bench:api` — the cost of the real API path against raw SQL.
 * 100k contacts (and their organisations) in a scratch embedded PostgreSQL; the API runs in its own
 * process; autocannon loads `GET /api/contacts` (signed in, filtered by organisation, sorted by name,
 * 25 per page, audited as in production) at 32 connections; then the very same SQL runs through a raw
 * `pg` pool at the same concurrency. Prints requests/s and p50/p99 and writes bench/results/api.md.
 */
import { contactsResource, CrudService, openDataSource, seedDemo } from '@pacte/api';
import { startEmbeddedPostgres } from '@pacte/api/embedded';
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';

const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 100_000);
const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS ?? 1_000);
const CONNECTIONS = 32;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
/** API and raw runs alternate this many times; medians are reported (the machine's noise hits both alike). */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const root = path.resolve(__dirname, '../..');

interface Measure {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU time (user + system) of the serving process per request, in µs, where it can be read. */
  cpuPerRequestUs?: number;
}

/** CPU time used so far by a process, in ms (Linux /proc; undefined elsewhere). */
function cpuMsOf(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
  } catch {
    return undefined;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Each figure's median over the rounds. */
function medianOf(runs: Measure[]): Measure {
  const cpu = runs.map((m) => m.cpuPerRequestUs).filter((v): v is number => v !== undefined);
  return {
    requestsPerSecond: median(runs.map((m) => m.requestsPerSecond)),
    p50: median(runs.map((m) => m.p50)),
    p99: median(runs.map((m) => m.p99)),
    errors: runs.reduce((sum, m) => sum + m.errors, 0),
    cpuPerRequestUs: cpu.length > 0 ? median(cpu) : undefined,
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function generate(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `INSERT INTO organisations (name, legal_form, city)
     SELECT 'Organisation ' || lpad(i::text, 5, '0'), 'association', 'Dijon' FROM generate_series(1, $1) i`,
    [ORGANISATIONS],
  );
  await dataSource.query(
    `WITH orgs AS (SELECT id, row_number() OVER (ORDER BY name) AS n FROM organisations WHERE name LIKE 'Organisation %')
     INSERT INTO contacts (organisation_id, last_name, first_name, job_title, email, professional_secrecy)
     SELECT o.id,
            (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau','Simon','Laurent','Lefèvre','Michel','García','Benali','Diallo','Nguyen'])[1 + (i * 7) % 18] || ' ' || i,
            (ARRAY['Camille','Léa','Hugo','Inès','Mohamed','Fatou','Jean','Marie','Lucas','Chloé'])[1 + (i * 3) % 10],
            'Référent', 'contact' || i || '@exemple.fr', i % 2 = 0
       FROM generate_series(1, $1) i JOIN orgs o ON o.n = 1 + (i % $2)`,
    [CONTACTS, ORGANISATIONS],
  );
  await dataSource.query('ANALYZE');
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error('the API process exited');
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the API did not become healthy');
}

async function loadApi(url: string, cookie: string, pathAndQuery: string, pid?: number): Promise<Measure> {
  const run = (duration: number) =>
    autocannon({ url: `${url}${pathAndQuery}`, connections: CONNECTIONS, duration, headers: { cookie } });
  await run(3); // warm-up
  const cpuBefore = cpuMsOf(pid);
  const result = await run(DURATION_S);
  const cpuAfter = cpuMsOf(pid);
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    cpuPerRequestUs:
      cpuBefore !== undefined && cpuAfter !== undefined && result.requests.total > 0
        ? ((cpuAfter - cpuBefore) * 1000) / result.requests.total
        : undefined,
  };
}

async function loadRaw(pool: Pool, sql: string, params: unknown[]): Promise<Measure> {
  const runFor = async (seconds: number, latencies: number[] | null): Promise<number> => {
    const end = performance.now() + seconds * 1000;
    let count = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < end) {
          const started = performance.now();
          await pool.query(sql, params);
          latencies?.push(performance.now() - started);
          count += 1;
        }
      }),
    );
    return count;
  };
  await runFor(3, null);
  const latencies: number[] = [];
  const cpuBefore = process.cpuUsage();
  const count = await runFor(DURATION_S, latencies);
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return {
    requestsPerSecond: count / DURATION_S,
    p50: pct(50),
    p99: pct(99),
    errors: 0,
    cpuPerRequestUs: (cpu.user + cpu.system) / count,
  };
}

async function main(): Promise<void> {
  const loadBefore = os.loadavg()[0].toFixed(2);
  const dataDir = path.join(root, 'bench/tmp/api');
  fs.rmSync(dataDir, { recursive: true, force: true });
  console.error(`bench:api — generating ${CONTACTS} contacts in ${ORGANISATIONS} organisations…`);
  const db = await startEmbeddedPostgres({ dataDir, database: 'pacte_bench', ephemeral: true });
  let api: ChildProcess | undefined;
  try {
    const dataSource = await openDataSource(db.url, { migrate: true });
    await seedDemo(dataSource, 'pacte-demo');
    await generate(dataSource);

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const profile = process.env.BENCH_PROFILE
      ? ['--cpu-prof', `--cpu-prof-dir=${path.join(root, 'bench/tmp/profile')}`]
      : [];
    api = spawn(
      process.execPath,
      [...profile, '-r', path.join(root, 'tools/register.cjs'), path.join(root, 'apps/api/src/main.ts')],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: db.url,
          PACTE_DEMO: '1',
          PORT: String(port),
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn', // as `npm start`: request lines off, warnings and errors on
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    await waitForHealth(url, api);
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ccas@pacte.demo', password: 'pacte-demo' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const me = (await login.json()) as {
      user: { id: string; email: string; role: 'ccas_agent'; organisationId: string; displayName: string };
    };
    const [{ id: organisationId }] = (await dataSource.query(
      `SELECT id FROM organisations WHERE name = 'Organisation 00500'`,
    )) as Array<{ id: string }>;
    const params = {
      filter: JSON.stringify({ organisationId }),
      sort: JSON.stringify(['lastName', 'ASC']),
      range: JSON.stringify([0, 24]),
    };
    const pathAndQuery = `/api/contacts?${new URLSearchParams(params).toString()}`;

    const probe = await fetch(`${url}${pathAndQuery}`, { headers: { cookie } });
    console.error(`probe: ${probe.status}, Content-Range ${probe.headers.get('content-range')}`);

    // The very SQL the API runs, taken from the same generic service.
    const service = new CrudService(contactsResource, dataSource, null as never);
    const ctx = { user: { ...me.user, sessionId: 'bench' }, requestId: 'bench', ip: null };
    const statement = service.listStatement(service.parseQuery(params), ctx);

    const pool = new Pool({ connectionString: db.url, max: CONNECTIONS });
    const apiRuns: Measure[] = [];
    const rawRuns: Measure[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      console.error(`round ${round}/${ROUNDS}: autocannon, ${CONNECTIONS} connections, ${DURATION_S} s…`);
      apiRuns.push(await loadApi(url, cookie, pathAndQuery, api.pid));
      console.error(
        `round ${round}/${ROUNDS}: raw pg pool, ${CONNECTIONS} concurrent queries, ${DURATION_S} s…`,
      );
      rawRuns.push(await loadRaw(pool, statement.sql, statement.params));
      console.error(
        `  API ${apiRuns[round - 1].requestsPerSecond.toFixed(0)} req/s, raw ${rawRuns[round - 1].requestsPerSecond.toFixed(0)} req/s`,
      );
    }
    const auditRows = (
      (await dataSource.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'read' AND entity_type = 'contacts'`,
      )) as Array<{ n: number }>
    )[0].n;
    await stopProcess(api);
    api = undefined;
    await pool.end();
    await dataSource.destroy();

    const apiMeasure = medianOf(apiRuns);
    const rawMeasure = medianOf(rawRuns);
    const ratios = apiRuns.map((m, i) => m.requestsPerSecond / rawRuns[i].requestsPerSecond);
    const ratio = median(ratios);
    const row = (name: string, m: Measure) =>
      `| ${name} | ${m.requestsPerSecond.toFixed(0)} | ${m.p50.toFixed(1)} | ${m.p99.toFixed(1)} | ${m.errors} | ${m.cpuPerRequestUs?.toFixed(0) ?? '–'} |`;
    const table = [
      '| path | requests/s | p50 (ms) | p99 (ms) | errors | Node CPU per request (µs) |',
      '|---|---:|---:|---:|---:|---:|',
      row('API `GET /api/contacts` (session, guard, validation, audit)', apiMeasure),
      row('raw `pg` pool, same SQL', rawMeasure),
    ].join('\n');
    const verdict = `API / raw = **${(ratio * 100).toFixed(0)} %** (median of the rounds: ${ratios.map((r) => `${(r * 100).toFixed(0)} %`).join(', ')}; target ≥ 50 %); API p99 = **${apiMeasure.p99.toFixed(1)} ms** (target < 50 ms); audited reads written: ${auditRows}.`;
    console.log(`\n${table}\n\n${verdict}\n`);
    const report = `# API benchmark

Command: \`npm run bench:api\` (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} cores, PostgreSQL embedded; load average before the run ${loadBefore}).

${CONTACTS} contacts in ${ORGANISATIONS} organisations. Query: contacts of one organisation (${probe.headers.get('content-range')}),
sorted by last name, 25 per page. ${CONNECTIONS} connections for ${DURATION_S} s after a 3 s warm-up, API and raw runs
alternating ${ROUNDS} times; each figure is the median over the rounds (errors are summed). The API runs in its own process
(autocannon shares the 2 cores with it and with PostgreSQL); every API request writes its audited-read event before answering.
"Node CPU per request" is the API process's CPU time per request (HTTP, Nest, driver, JSON, audit), and for the raw
row the benchmark process's own (the \`pg\` pool and its loop).

${table}

${verdict}

SQL run by both:

\`\`\`sql
${statement.sql.replace(/\s+/g, ' ').trim()}
\`\`\`
`;
    fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
    fs.writeFileSync(path.join(root, 'bench/results/api.md'), report);
    console.error('written: bench/results/api.md');
  } finally {
    if (api) await stopProcess(api);
    await db.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
