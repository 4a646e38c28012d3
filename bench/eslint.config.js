import config from "@soleus/eslint-config/base";

export default [
  ...config,
  { rules: { "no-restricted-properties": "off", "no-restricted-syntax": "off" } },
];
