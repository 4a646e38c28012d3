/** The hint under every new-password field, from the rules themselves. */
export { PASSWORD_HINT } from "@soleus/auth/password-rules";
