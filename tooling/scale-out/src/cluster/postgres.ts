import pg from "pg";
import { readScaleOutEnv } from "../env";

/**
 * The PostgreSQL server the cluster's database is created on: SCALE_OUT_POSTGRES_URL, else the
 * server of TEST_DATABASE_URL (what CI sets), else the machine's PostgreSQL (trust auth).
 */
export function postgresServerUrl(): URL {
  const server = new URL(readScaleOutEnv().postgresUrl);
  server.pathname = "/postgres";
  return server;
}

let created = 0;

/** Creates a fresh, empty database for one cluster; `drop()` removes it again (closing other sessions). */
export async function createClusterDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = postgresServerUrl();
  created += 1;
  const name = `soleus_scale_out_${process.pid}_${Date.now()}_${created}`;
  await onServer(server, `create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(server, `drop database if exists ${name} with (force)`),
  };
}

async function onServer(server: URL, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
