const ENTITIES: Record<string, string> = {
  amp: "&",
  quot: '"',
  apos: "'",
  lt: "<",
  gt: ">",
  "#39": "'",
  "#x27": "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    const known = ENTITIES[name.toLowerCase()];
    if (known !== undefined) return known;
    if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return whole;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace(/\$/g, "\\$")}="([^"]*)"`).exec(tag);
  return match ? decodeEntities(match[1] ?? "") : undefined;
}

/**
 * The fields a browser without JavaScript would send for the page's form that has an input
 * named `marker`: every named input with its value (for a Next.js server action, the hidden
 * `$ACTION_*` fields that name the action), in document order.
 */
export function formFields(html: string, marker: string): Map<string, string> {
  const forms = html.match(/<form\b[\s\S]*?<\/form>/g) ?? [];
  const form = forms.find((candidate) =>
    new RegExp(`<input\\b[^>]*\\sname="${marker}"`).test(candidate),
  );
  if (!form) throw new Error(`the page has no form with a field called ${marker}`);
  const fields = new Map<string, string>();
  for (const tag of form.match(/<input\b[^>]*>/g) ?? []) {
    const name = attribute(tag, "name");
    if (name) fields.set(name, attribute(tag, "value") ?? "");
  }
  return fields;
}

/** Encodes fields as multipart/form-data (what a form with a server action posts). */
export async function multipartBody(
  fields: Map<string, string>,
): Promise<{ body: Buffer; contentType: string }> {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  const encoded = new Request("http://form.invalid/", { method: "POST", body: data });
  return {
    body: Buffer.from(await encoded.arrayBuffer()),
    contentType: encoded.headers.get("content-type") ?? "multipart/form-data",
  };
}
