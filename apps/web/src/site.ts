/** The learner site's name and description, for the root layout and the prerendered pages alike. */
export const SITE_NAME = "Soleus";
export const SITE_DESCRIPTION =
  "Short, friendly courses for healthy aging. Start with The Second Heart: your calf muscles and circulation.";

/** A page's document title: "<title> · Soleus" (the root layout's metadata template). */
export const TITLE_TEMPLATE = `%s · ${SITE_NAME}`;
export const pageTitle = (title: string) => TITLE_TEMPLATE.replace("%s", title);
