// The learner's date formats live in @soleus/ui so the admin app's quiz preview shows the same.
export { formatDate, type DateStyle } from "@soleus/ui/format-date";
