/**
 * Runs once as the server starts: from then on the real peer address of every request is on
 * X-Forwarded-For before any route sees it (decision 0018), so the per-address limits count
 * the socket's address, never one a client made up.
 */
export async function register() {
  // The literal check (not env.ts) lets Next.js drop this import from its edge bundle.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { recordPeerAddresses } = await import("@soleus/app-runtime/peer-address");
    recordPeerAddresses();
  }
}
