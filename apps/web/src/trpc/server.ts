import "server-only";
import { headers } from "next/headers";
import { createServerCaller } from "@soleus/api/trpc/server";

/** The API for Server Components, as the requesting person: `const api = await serverApi()`. */
export async function serverApi() {
  return createServerCaller(await headers(), "web");
}
