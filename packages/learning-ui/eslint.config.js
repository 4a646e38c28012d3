import config from "@soleus/eslint-config/react";
import { learningUiImportRule } from "./import-rule.js";

export default [...config, learningUiImportRule];
