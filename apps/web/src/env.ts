/** The only place this app reads process.env (everything else comes through @soleus/api). */
export const isDevelopment = process.env.NODE_ENV === "development";
/** True on the Node.js server (not the edge or the browser): Next.js sets NEXT_RUNTIME per bundle. */
export const isNodeServer = process.env.NEXT_RUNTIME === "nodejs";
