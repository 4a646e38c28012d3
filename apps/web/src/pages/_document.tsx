import { Head, Html, Main, NextScript, type DocumentProps } from "next/document";
import { parseDisplayVariant, rootAttributes } from "~/components/display-settings";

/**
 * The HTML of prerendered pages. The text size and theme are part of the page's address (the
 * proxy picks the variant from the reader's cookies), so the first paint is already right.
 */
export default function Document({ __NEXT_DATA__ }: DocumentProps) {
  const display = parseDisplayVariant(String(__NEXT_DATA__.query.display ?? "")) ?? { textSize: "standard", theme: "standard" };
  return (
    <Html lang="en" {...rootAttributes(display)}>
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
