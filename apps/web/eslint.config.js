import config from "@soleus/eslint-config/react";

export default [...config, { ignores: ["next-env.d.ts", ".next/**"] }];
