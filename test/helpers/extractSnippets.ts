// The code blocks of our Markdown, by the convention in docs/snippets.md:
// a fence's first word is its language; `file=NAME` after it names the file
// the block is meant to be saved as; a `<!-- snippet: skip -->` comment on the
// line before the fence opts the block out (a fragment, a sketch).
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

export interface Snippet {
  /** The document, relative to the repository root ("README.md", "docs/gse-local.md"). */
  doc: string;
  /** 1-based line of the block's first code line. */
  line: number;
  /** The fence's language, lower-cased ("ts", "js", "sh", "" when none). */
  lang: string;
  /** `file=game.mjs` on the fence. */
  file?: string;
  skip: boolean;
  code: string;
}

/** Languages whose blocks are checked; every other block (sh, text, output) is prose. */
export const CHECKED_LANGS = new Set(["ts", "typescript", "js", "javascript", "mjs", "cjs", "json"]);

const SKIP_MARKER = /^<!--\s*snippet:\s*skip\b.*-->$/;

export function extractSnippets(doc: string, text: string): Snippet[] {
  const lines = text.split("\n");
  const snippets: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, lang, rest] = open as unknown as [string, string, string, string, string];
    let end = i + 1;
    while (end < lines.length && !(lines[end]!.trim().startsWith(fence) && lines[end]!.trim().replace(/[`~]/g, "") === "")) end++;
    let previous = i - 1;
    while (previous >= 0 && lines[previous]!.trim() === "") previous--;
    const file = /(?:^|\s)file=(\S+)/.exec(rest)?.[1];
    snippets.push({
      doc,
      line: i + 2,
      lang: lang.toLowerCase(),
      ...(file ? { file } : {}),
      skip: previous >= 0 && SKIP_MARKER.test(lines[previous]!.trim()),
      code: lines
        .slice(i + 1, end)
        .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l))
        .join("\n"),
    });
    i = end;
  }
  return snippets;
}

/** README.md and every Markdown file under docs/, as on disk now. */
export async function readDocs(root: string): Promise<{ doc: string; text: string }[]> {
  const docs = [join(root, "README.md")];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith(".md")) docs.push(path);
    }
  };
  await walk(join(root, "docs"));
  return Promise.all(docs.sort().map(async (path) => ({ doc: relative(root, path), text: await readFile(path, "utf8") })));
}
