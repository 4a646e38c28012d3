import config from "@soleus/eslint-config/react";

export default config;
