import type { Role } from "@soleus/auth/roles";
import { createTestUser } from "@soleus/auth/testing/fixtures";
import type { Cluster } from "./start-cluster";

export interface Person {
  id: string;
  email: string;
  password: string;
  role: Role;
}

/** Puts an account with a password into the cluster's database (as an admin or sign-up would). */
export async function addPerson(cluster: Cluster, role: Role): Promise<Person> {
  const user = await createTestUser(cluster.database.db, role);
  return { id: user.id, email: user.email, password: user.password, role };
}
