import "server-only";

/*
 * The app process's database pool, for Server Components, route handlers and the API. The
 * `server-only` marker makes a build fail if a Client Component imports it. Only prerendering
 * in the Pages Router (which refuses that marker) uses `./server-runtime` directly, through
 * `./content/prerender`.
 */
export * from "./server-runtime";
