import type { Database } from "@soleus/db/client";

export type { Database };
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Either the pool or an open transaction: what a helper that runs a few statements needs. */
export type Executor = Database | Transaction;
