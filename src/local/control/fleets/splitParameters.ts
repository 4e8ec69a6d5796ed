import { ControlRefusal } from "../ControlRefusal.js";

/**
 * Splits a ServerProcesses[].Parameters string into argv the way a POSIX
 * shell would split words: blanks separate, single quotes keep everything
 * literally, double quotes keep blanks and honour \" \\ \$ \` escapes, and a
 * backslash outside quotes escapes the next character. Nothing is expanded
 * ($VAR, globs, ~): GSE passed Parameters to the process, not to a shell,
 * and an expansion would make the same fleet behave differently per host.
 * An unclosed quote or a trailing backslash is refused, naming the field.
 */
export function splitParameters(parameters: string, field = "Parameters"): string[] {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let i = 0;
  const n = parameters.length;
  while (i < n) {
    const c = parameters[i]!;
    if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      i++;
      continue;
    }
    inWord = true;
    if (c === "'") {
      const end = parameters.indexOf("'", i + 1);
      if (end < 0) throw unclosed(field, "single", i);
      word += parameters.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (c === '"') {
      i++;
      let closed = false;
      while (i < n) {
        const d = parameters[i]!;
        if (d === '"') {
          closed = true;
          i++;
          break;
        }
        if (d === "\\" && i + 1 < n && '"\\$`\n'.includes(parameters[i + 1]!)) {
          if (parameters[i + 1] !== "\n") word += parameters[i + 1];
          i += 2;
          continue;
        }
        word += d;
        i++;
      }
      if (!closed) throw unclosed(field, "double", parameters.lastIndexOf('"'));
      continue;
    }
    if (c === "\\") {
      if (i + 1 >= n) {
        throw new ControlRefusal("InvalidParameterValue", `${field} ends with a lone backslash: nothing to escape`, field);
      }
      // A backslash-newline is a line continuation, as in a shell.
      if (parameters[i + 1] !== "\n") word += parameters[i + 1];
      i += 2;
      continue;
    }
    word += c;
    i++;
  }
  if (inWord) words.push(word);
  return words;
}

function unclosed(field: string, kind: string, at: number): ControlRefusal {
  return new ControlRefusal(
    "InvalidParameterValue",
    `${field} has an unclosed ${kind} quote (opened at character ${at + 1}); parameters are split as a shell would`,
    field,
  );
}
