import { connectDatabase } from "./client";

export interface SeedResult {
  summary: string;
}

/** Loads the built-in content; safe to run on every start (it only adds what is missing). */
export async function seedDatabase(url: string): Promise<SeedResult> {
  const handle = connectDatabase(url, { maxConnections: 2 });
  try {
    return { summary: "nothing to load yet" };
  } finally {
    await handle.close();
  }
}
