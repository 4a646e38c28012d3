import type { Database, Transaction } from "@soleus/db/client";

export type { Database, Transaction };
/** Either the pool or an open transaction: what a helper that runs a few statements needs. */
export type Executor = Database | Transaction;
