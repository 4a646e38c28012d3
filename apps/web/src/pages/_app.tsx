import "@soleus/ui/styles.css";
import "@soleus/ui/forms.css";
import "@soleus/learning-ui/styles.css";
import type { AppProps } from "next/app";

/** The Pages Router's frame: only the shared styles. Pages bring their own shell (`StaticSiteShell`). */
export default function SoleusApp({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
