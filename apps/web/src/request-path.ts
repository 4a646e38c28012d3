/** The request header in which the proxy passes the requested path on to pages (e.g. the 404 page). */
export const PATH_HEADER = "x-soleus-path";
