/** The only place this app reads process.env (everything else comes through @soleus/api). */
export const isDevelopment = process.env.NODE_ENV === "development";
