import { Head, Html, Main, NextScript, type DocumentProps } from "next/document";
import { prerenderedPagePolicy } from "@soleus/app-runtime/content-security-policy";
import {
  parseDisplayVariant,
  rootAttributes,
  STANDARD_DISPLAY,
} from "~/components/display-settings";
import { isDevelopment } from "~/env";

const policy = prerenderedPagePolicy({ development: isDevelopment });

/**
 * The HTML of prerendered pages. The text size and theme are part of the page's address
 * (next.config.ts picks the variant from the reader's cookies), so the first paint is already
 * right. The strict script policy comes first in <head>, before any script (docs/decisions/0012).
 */
export default function Document({ __NEXT_DATA__ }: DocumentProps) {
  const display =
    parseDisplayVariant(String(__NEXT_DATA__.query.display ?? "")) ?? STANDARD_DISPLAY;
  return (
    <Html lang="en-GB" {...rootAttributes(display)}>
      <Head>
        <meta httpEquiv="Content-Security-Policy" content={policy} />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
