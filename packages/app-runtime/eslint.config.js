import config from "@soleus/eslint-config/base";

export default config;
