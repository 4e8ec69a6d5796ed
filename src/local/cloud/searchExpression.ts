/**
 * The FilterExpression and SortExpression languages of the cloud API action
 * SearchGameServerSessions. GSE documents them briefly (api.json,
 * SearchGameServerSessionsRequest); they mirror AWS GameLift's
 * SearchGameSessions, whose documentation fills in the grammar.
 *
 * FilterExpression (keywords AND, OR, NOT, ASC, DESC, true, false are
 * case-insensitive; variable names are case-sensitive, like GSE's field names):
 *
 *   filter      = orExpr END ;
 *   orExpr      = andExpr { "OR" andExpr } ;
 *   andExpr     = notExpr { "AND" notExpr } ;
 *   notExpr     = "NOT" notExpr | primary ;
 *   primary     = "(" orExpr ")" | comparison ;
 *   comparison  = numberVar   ( "=" | "<>" | "<" | "<=" | ">" | ">=" ) NUMBER
 *               | stringVar   ( "=" | "<>" ) STRING
 *               | propertyVar ( "=" | "<>" ) STRING
 *               | "hasAvailablePlayerSessions" ( "=" | "<>" )
 *                     ( "true" | "false" | "'true'" | "'false'" ) ;
 *   numberVar   = "maximumSessions" | "creationTimeMillis" | "playerSessionCount" ;
 *   stringVar   = "gameServerSessionName" | "gameServerSessionId" ;
 *   propertyVar = "gameServerSessionProperties." ( KEY | STRING ) ;  (no space around the dot)
 *   NUMBER      = [ "-" ] DIGIT { DIGIT } [ "." DIGIT { DIGIT } ] ;
 *   STRING      = "'" { CHAR | ESCAPE } "'" | '"' { CHAR | ESCAPE } '"' ;
 *   ESCAPE      = "\" ( "\" | "'" | '"' | "n" | "r" | "t" ) ;
 *   KEY         = one or more characters that are not whitespace or one of ( ) = < > ! ' " , ;
 *
 * So NOT binds tighter than AND, and AND tighter than OR, as in GameLift and
 * SQL: `a AND b OR c` is `(a AND b) OR c`. GSE's second documented example
 * (`K1 = 'V1' AND K2 = 'V2' OR K3 = 'V3'`) is described as if it needed all
 * three properties; under this precedence, K3 = 'V3' alone is enough.
 *
 * SortExpression:
 *
 *   sort        = sortVar [ "ASC" | "DESC" ] END ;
 *   sortVar     = stringVar | numberVar ;
 *
 * Positions in error messages are 0-based indexes into the expression
 * (UTF-16 code units, which is what JavaScript string indexes count).
 */
import { CloudApiError } from "./CloudApiError.js";

/** The view of a game server session that search expressions look at. */
export interface SearchableSession {
  gameServerSessionName: string;
  gameServerSessionId: string;
  maximumSessions: number;
  creationTimeMillis: number;
  playerSessionCount: number;
  hasAvailablePlayerSessions: boolean;
  /** The session's GameProperties: Key to Value, or the {Key, Value} list (the last of a repeated Key counts). */
  gameServerSessionProperties: ReadonlyMap<string, string> | Record<string, string> | readonly { readonly Key: string; readonly Value: string }[];
}

export interface SessionFilter {
  matches(session: SearchableSession): boolean;
}

export type SessionComparator = (a: SearchableSession, b: SearchableSession) => number;

/** GSE limits both expressions to 1024 characters. */
export const MAX_SEARCH_EXPRESSION_LENGTH = 1024;

/**
 * Parses a FilterExpression. The returned filter's `toString()` renders the
 * expression fully parenthesised, which shows how it was grouped.
 *
 * An empty expression is an error: callers that treat an absent
 * FilterExpression as "match everything" should skip parsing it.
 *
 * @throws CloudApiError with code "InvalidParameter" and a message naming the
 *   position of the offending token.
 */
export function parseFilterExpression(text: string): SessionFilter {
  const root = new Parser(text, "FilterExpression").parseFilter();
  const filter: SessionFilter & { toString(): string } = {
    matches: (session) => evaluate(root, session),
    toString: () => render(root),
  };
  return filter;
}

/**
 * Parses a SortExpression: one sortable variable and an optional ASC (the
 * default) or DESC. GSE documents a single sort key, so a comma-separated
 * list is refused rather than silently accepted here and refused in the cloud.
 *
 * The comparator is a total order: equal sort keys are ordered by
 * creationTimeMillis ascending, then gameServerSessionId ascending, whatever
 * the direction, so pages of a search come out the same on every call. Only
 * sessions equal in all three compare as 0, and Array.prototype.sort is stable,
 * so those keep their input order.
 *
 * @throws CloudApiError with code "InvalidParameter".
 */
export function parseSortExpression(text: string): SessionComparator {
  const { variable, descending } = new Parser(text, "SortExpression").parseSort();
  const direction = descending ? -1 : 1;
  const compareKey: SessionComparator = isNumberVariable(variable)
    ? (a, b) => compareNumbers(a[variable], b[variable])
    : (a, b) => compareStrings(a[variable], b[variable]);
  return (a, b) =>
    direction * compareKey(a, b) ||
    compareNumbers(a.creationTimeMillis, b.creationTimeMillis) ||
    compareStrings(a.gameServerSessionId, b.gameServerSessionId);
}

// ---------------------------------------------------------------------------
// Variables

type NumberVariable = "maximumSessions" | "creationTimeMillis" | "playerSessionCount";
type StringVariable = "gameServerSessionName" | "gameServerSessionId";
const AVAILABLE = "hasAvailablePlayerSessions";
const PROPERTIES = "gameServerSessionProperties";

const NUMBER_VARIABLES: readonly NumberVariable[] = ["maximumSessions", "creationTimeMillis", "playerSessionCount"];
const STRING_VARIABLES: readonly StringVariable[] = ["gameServerSessionName", "gameServerSessionId"];
const SORTABLE_VARIABLES: readonly (StringVariable | NumberVariable)[] = [...STRING_VARIABLES, ...NUMBER_VARIABLES];
const ALL_VARIABLES: readonly string[] = [...SORTABLE_VARIABLES, AVAILABLE, PROPERTIES];

/**
 * GameLift's names for the same variables. People porting a GameLift game
 * will type these, so the error says what GSE calls them.
 */
const GAMELIFT_NAMES: Readonly<Record<string, string>> = {
  gamesessionname: "gameServerSessionName",
  gamesessionid: "gameServerSessionId",
  gamesessionproperties: PROPERTIES,
};

function isNumberVariable(name: string): name is NumberVariable {
  return (NUMBER_VARIABLES as readonly string[]).includes(name);
}

function isStringVariable(name: string): name is StringVariable {
  return (STRING_VARIABLES as readonly string[]).includes(name);
}

function suggestionFor(name: string): string {
  const lower = name.toLowerCase();
  const match = ALL_VARIABLES.find((v) => v.toLowerCase() === lower) ?? GAMELIFT_NAMES[lower];
  return match === undefined ? "" : ` (did you mean '${match}'?)`;
}

// ---------------------------------------------------------------------------
// Syntax tree

type Comparator = "=" | "<>" | "<" | "<=" | ">" | ">=";
type Equality = "=" | "<>";

type FilterNode =
  | { readonly kind: "or" | "and"; readonly operands: readonly FilterNode[] }
  | { readonly kind: "not"; readonly operand: FilterNode }
  | { readonly kind: "number"; readonly variable: NumberVariable; readonly op: Comparator; readonly value: number; readonly raw: string }
  | { readonly kind: "string"; readonly variable: StringVariable; readonly op: Equality; readonly value: string }
  | { readonly kind: "property"; readonly key: string; readonly op: Equality; readonly value: string }
  | { readonly kind: "available"; readonly op: Equality; readonly value: boolean };

function evaluate(node: FilterNode, session: SearchableSession): boolean {
  switch (node.kind) {
    case "or":
      return node.operands.some((operand) => evaluate(operand, session));
    case "and":
      return node.operands.every((operand) => evaluate(operand, session));
    case "not":
      return !evaluate(node.operand, session);
    case "number":
      return compareWith(node.op, compareNumbers(session[node.variable], node.value));
    case "string":
      return (session[node.variable] === node.value) === (node.op === "=");
    case "property": {
      // A missing property equals nothing, so `=` is false and `<>` is true.
      // Plain two-valued logic (rather than SQL's NULL, where both are false)
      // keeps `NOT p = 'v'` and `p <> 'v'` meaning the same thing.
      const actual = propertyOf(session, node.key);
      return (actual === node.value) === (node.op === "=");
    }
    case "available":
      return (session.hasAvailablePlayerSessions === node.value) === (node.op === "=");
  }
}

function compareWith(op: Comparator, order: number): boolean {
  switch (op) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    case ">=":
      return order >= 0;
  }
}

function propertyOf(session: SearchableSession, key: string): string | undefined {
  const properties = session.gameServerSessionProperties;
  if (Array.isArray(properties)) {
    const list = properties as readonly { readonly Key: string; readonly Value: string }[];
    for (let i = list.length - 1; i >= 0; i--) if (list[i]!.Key === key) return list[i]!.Value;
    return undefined;
  }
  if (properties instanceof Map) return (properties as ReadonlyMap<string, string>).get(key);
  // hasOwn, because keys such as "constructor" must not find Object.prototype.
  const record = properties as Record<string, string>;
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Renders fully parenthesised, in a form the parser reads back to the same tree. */
function render(node: FilterNode): string {
  switch (node.kind) {
    case "or":
    case "and":
      return `(${node.operands.map(render).join(node.kind === "or" ? " OR " : " AND ")})`;
    case "not":
      return `NOT ${render(node.operand)}`;
    case "number":
      // The source spelling, because String(1e21) would not parse back.
      return `${node.variable} ${node.op} ${node.raw}`;
    case "string":
      return `${node.variable} ${node.op} ${quote(node.value)}`;
    case "property": {
      const bare = node.key !== "" && [...node.key].every((ch) => !isDelimiter(ch));
      return `${PROPERTIES}.${bare ? node.key : quote(node.key)} ${node.op} ${quote(node.value)}`;
    }
    case "available":
      return `${AVAILABLE} ${node.op} ${String(node.value)}`;
  }
}

function quote(value: string): string {
  return `'${value.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
}

// ---------------------------------------------------------------------------
// Tokens

type Token =
  | { readonly kind: "word" | "operator" | "(" | ")" | "," | "end"; readonly start: number; readonly raw: string }
  | { readonly kind: "string"; readonly start: number; readonly raw: string; readonly value: string }
  | { readonly kind: "number"; readonly start: number; readonly raw: string; readonly value: number };

type Fail = (message: string) => never;

const ESCAPES: Readonly<Record<string, string>> = { "\\": "\\", "'": "'", '"': '"', n: "\n", r: "\r", t: "\t" };

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

function isWordStart(ch: string): boolean {
  return (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z") || ch === "_";
}

function isWhitespace(ch: string): boolean {
  return /^\s$/u.test(ch);
}

/** Characters that end a word or number; everything else may be part of one. */
function isDelimiter(ch: string): boolean {
  return isWhitespace(ch) || "()=<>!'\",".includes(ch);
}

/** Long tokens would drown the message; the position already pins them down. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/**
 * Reads tokens one at a time, on demand, so an error late in the text cannot
 * hide an earlier one: messages always name the leftmost problem.
 */
class Lexer {
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly fail: Fail,
  ) {}

  next(): Token {
    const { text } = this;
    while (this.pos < text.length && isWhitespace(text[this.pos]!)) this.pos++;
    const start = this.pos;
    const ch = text[start];
    if (ch === undefined) return { kind: "end", start, raw: "" };
    switch (ch) {
      case "(":
      case ")":
      case ",":
        this.pos++;
        return { kind: ch, start, raw: ch };
      case "=":
        this.pos++;
        return { kind: "operator", start, raw: "=" };
      case "<":
      case ">": {
        const next = text[start + 1];
        const raw = next === "=" || (ch === "<" && next === ">") ? ch + next : ch;
        this.pos += raw.length;
        return { kind: "operator", start, raw };
      }
      case "!":
        if (text[start + 1] === "=") this.fail(`operator '!=' at position ${start} is not supported, use '<>'`);
        break;
      case "'":
      case '"':
        return this.readString(start, ch);
    }
    if (ch === "-" || isDigit(ch)) return this.readNumber(start);
    if (isWordStart(ch)) {
      const end = this.wordEnd(start);
      this.pos = end;
      return { kind: "word", start, raw: text.slice(start, end) };
    }
    // A whole code point, so the message does not show half a surrogate pair.
    const shown = String.fromCodePoint(text.codePointAt(start)!);
    return this.fail(`unexpected character '${shown}' at position ${start}`);
  }

  private wordEnd(from: number): number {
    let end = from;
    while (end < this.text.length && !isDelimiter(this.text[end]!)) end++;
    return end;
  }

  private readString(start: number, quoteChar: string): Token {
    const { text } = this;
    let value = "";
    let i = start + 1;
    for (;;) {
      const ch = text[i];
      if (ch === undefined) return this.fail(`unterminated string starting at position ${start}`);
      if (ch === quoteChar) break;
      if (ch === "\\") {
        const escaped = text[i + 1];
        if (escaped === undefined) return this.fail(`unterminated string starting at position ${start}`);
        const decoded = ESCAPES[escaped];
        if (decoded === undefined) {
          this.fail(`unknown escape '\\${escaped}' at position ${i}, expected one of \\\\ \\' \\" \\n \\r \\t`);
        }
        value += decoded;
        i += 2;
      } else {
        value += ch;
        i++;
      }
    }
    this.pos = i + 1;
    return { kind: "string", start, raw: text.slice(start, this.pos), value };
  }

  private readNumber(start: number): Token {
    const { text } = this;
    let i = start;
    if (text[i] === "-") {
      i++;
      if (!isDigit(text[i])) this.fail(`unexpected character '-' at position ${start}, expected a number`);
    }
    while (isDigit(text[i])) i++;
    if (text[i] === ".") {
      i++;
      if (!isDigit(text[i])) this.malformedNumber(start);
      while (isDigit(text[i])) i++;
    }
    // `2AND` or `1.5.3`: refuse rather than guess where the number ends.
    if (i < text.length && !isDelimiter(text[i]!)) this.malformedNumber(start);
    const raw = text.slice(start, i);
    const value = Number(raw);
    if (!Number.isFinite(value)) this.fail(`number '${clip(raw)}' at position ${start} is out of range`);
    this.pos = i;
    return { kind: "number", start, raw, value };
  }

  private malformedNumber(start: number): never {
    return this.fail(`malformed number '${clip(this.text.slice(start, this.wordEnd(start + 1)))}' at position ${start}`);
  }
}

// ---------------------------------------------------------------------------
// Parser

type ExpressionName = "FilterExpression" | "SortExpression";

type Variable =
  | { readonly kind: "number"; readonly name: NumberVariable }
  | { readonly kind: "string"; readonly name: StringVariable }
  | { readonly kind: "available" }
  | { readonly kind: "property"; readonly key: string };

function variableLabel(variable: Variable): string {
  switch (variable.kind) {
    case "number":
      return `Number variable '${variable.name}'`;
    case "string":
      return `String variable '${variable.name}'`;
    case "available":
      return `String variable '${AVAILABLE}'`;
    case "property":
      return `String variable '${PROPERTIES}.${variable.key}'`;
  }
}

class Parser {
  private readonly lexer: Lexer;
  private token: Token;

  constructor(
    text: string,
    private readonly expression: ExpressionName,
  ) {
    if (text.length > MAX_SEARCH_EXPRESSION_LENGTH) {
      this.fail(`expression is ${text.length} characters long, the limit is ${MAX_SEARCH_EXPRESSION_LENGTH}`);
    }
    this.lexer = new Lexer(text, (message) => this.fail(message));
    this.token = this.lexer.next();
  }

  parseFilter(): FilterNode {
    const root = this.parseOr();
    if (this.token.kind !== "end") this.unexpected("AND, OR or end of expression");
    return root;
  }

  parseSort(): { variable: StringVariable | NumberVariable; descending: boolean } {
    if (this.token.kind !== "word" || this.isKeyword()) this.unexpected("a variable");
    const start = this.token.start;
    const variable = this.parseVariable();
    if (variable.kind !== "number" && variable.kind !== "string") {
      const name = variable.kind === "property" ? `${PROPERTIES}.${variable.key}` : AVAILABLE;
      this.fail(`cannot sort by '${clip(name)}' at position ${start}; sortable variables are ${SORTABLE_VARIABLES.join(", ")}`);
    }
    let descending = false;
    if (this.isKeyword("ASC", "DESC")) {
      descending = this.token.raw.toUpperCase() === "DESC";
      this.advance();
    }
    const after = this.current();
    if (after.kind === ",") {
      this.fail(`unexpected token ',' at position ${after.start}; SortExpression takes a single sort key`);
    }
    if (after.kind !== "end") this.unexpected("ASC, DESC or end of expression");
    return { variable: variable.name, descending };
  }

  private parseOr(): FilterNode {
    const operands = [this.parseAnd()];
    while (this.isKeyword("OR")) {
      this.advance();
      operands.push(this.parseAnd());
    }
    return operands.length === 1 ? operands[0]! : { kind: "or", operands };
  }

  private parseAnd(): FilterNode {
    const operands = [this.parseNot()];
    while (this.isKeyword("AND")) {
      this.advance();
      operands.push(this.parseNot());
    }
    return operands.length === 1 ? operands[0]! : { kind: "and", operands };
  }

  private parseNot(): FilterNode {
    if (!this.isKeyword("NOT")) return this.parsePrimary();
    this.advance();
    return { kind: "not", operand: this.parseNot() };
  }

  private parsePrimary(): FilterNode {
    if (this.token.kind === "(") {
      this.advance();
      const inner = this.parseOr();
      if (this.current().kind !== ")") this.unexpected("AND, OR or ')'");
      this.advance();
      return inner;
    }
    if (this.token.kind !== "word" || this.isKeyword()) this.unexpected("a variable, NOT or '('");
    return this.parseComparison();
  }

  private parseComparison(): FilterNode {
    const variable = this.parseVariable();
    const opToken = this.token;
    if (opToken.kind !== "operator") return this.unexpected("a comparison operator (=, <>, <, <=, >, >=)");
    const op = opToken.raw as Comparator;
    if (variable.kind !== "number" && op !== "=" && op !== "<>") {
      this.fail(`operator '${op}' is not allowed on ${variableLabel(variable)} at position ${opToken.start}; use = or <>`);
    }
    this.advance();
    const valueToken = this.token;

    if (variable.kind === "number") {
      if (valueToken.kind !== "number") this.mismatch(variable, valueToken);
      this.advance();
      return { kind: "number", variable: variable.name, op, value: valueToken.value, raw: valueToken.raw };
    }
    const equality = op as Equality;
    if (variable.kind === "available") {
      const value = this.booleanValue(valueToken);
      if (value === undefined) {
        if (valueToken.kind === "string") {
          this.fail(
            `${AVAILABLE} can only be compared with 'true' or 'false', not ${clip(valueToken.raw)} at position ${valueToken.start}`,
          );
        }
        this.mismatch(variable, valueToken);
      }
      this.advance();
      return { kind: "available", op: equality, value };
    }
    if (valueToken.kind !== "string") this.mismatch(variable, valueToken);
    this.advance();
    return variable.kind === "string"
      ? { kind: "string", variable: variable.name, op: equality, value: valueToken.value }
      : { kind: "property", key: variable.key, op: equality, value: valueToken.value };
  }

  /** Both spellings GSE users write: bare true/false and the string 'true'/'false'. */
  private booleanValue(token: Token): boolean | undefined {
    const text = token.kind === "word" ? token.raw.toLowerCase() : token.kind === "string" ? token.value : undefined;
    return text === "true" ? true : text === "false" ? false : undefined;
  }

  /** Explains a value of the wrong type; anything that is no value at all is a plain syntax error. */
  private mismatch(variable: Variable, token: Token): never {
    const wanted = variable.kind === "number" ? "a number" : variable.kind === "available" ? "true or false" : "a quoted string";
    let found: string | undefined;
    if (token.kind === "number") found = `number ${clip(token.raw)}`;
    else if (token.kind === "string") found = `string ${clip(token.raw)}`;
    else if (this.booleanValue(token) !== undefined) found = `boolean ${token.raw}`;
    if (found === undefined) {
      const hint = variable.kind === "string" || variable.kind === "property" ? ` (quote strings with ' or ")` : "";
      return this.unexpected(`a value${hint}`);
    }
    return this.fail(`${variableLabel(variable)} cannot be compared with ${found} at position ${token.start}, expected ${wanted}`);
  }

  /** Reads the current word as a variable name, plus a quoted property key if one follows the dot. */
  private parseVariable(): Variable {
    const token = this.token;
    const dot = token.raw.indexOf(".");
    const name = dot === -1 ? token.raw : token.raw.slice(0, dot);
    if (dot !== -1) {
      if (name !== PROPERTIES) {
        const why = ALL_VARIABLES.includes(name) ? ` (only ${PROPERTIES} takes a '.Key')` : suggestionFor(name);
        this.fail(`unknown variable '${clip(token.raw)}' at position ${token.start}${why}`);
      }
      let key = token.raw.slice(dot + 1);
      this.advance();
      if (key === "") {
        // `gameServerSessionProperties.'odd key'`: the quoted key must touch the dot.
        const keyToken = this.token;
        if (keyToken.kind !== "string" || keyToken.start !== token.start + token.raw.length) {
          this.fail(`expected a property key right after '${PROPERTIES}.' at position ${token.start + token.raw.length}`);
        }
        if (keyToken.value === "") this.fail(`empty property key at position ${keyToken.start}`);
        key = keyToken.value;
        this.advance();
      }
      return { kind: "property", key };
    }
    if (name === PROPERTIES) {
      this.fail(`variable '${PROPERTIES}' at position ${token.start} needs a key, as in ${PROPERTIES}.mode = 'ranked'`);
    }
    let variable: Variable;
    if (isNumberVariable(name)) variable = { kind: "number", name };
    else if (isStringVariable(name)) variable = { kind: "string", name };
    else if (name === AVAILABLE) variable = { kind: "available" };
    else return this.fail(`unknown variable '${clip(name)}' at position ${token.start}${suggestionFor(name)}`);
    this.advance();
    return variable;
  }

  /** Is the current token a keyword (any keyword, or one of `words`)? */
  private isKeyword(...words: string[]): boolean {
    if (this.token.kind !== "word") return false;
    const upper = this.token.raw.toUpperCase();
    return (words.length === 0 ? ["AND", "OR", "NOT", "ASC", "DESC"] : words).includes(upper);
  }

  /**
   * The current token, read through a call so that TypeScript does not carry
   * a narrowing of `this.token` across advance().
   */
  private current(): Token {
    return this.token;
  }

  private advance(): void {
    this.token = this.lexer.next();
  }

  private unexpected(expected: string): never {
    const { token } = this;
    const what =
      token.kind === "end"
        ? "end of expression"
        : token.kind === "string"
          ? `string ${clip(token.raw)}`
          : token.kind === "number"
            ? `number ${clip(token.raw)}`
            : `token '${clip(token.raw)}'`;
    return this.fail(`unexpected ${what} at position ${token.start}, expected ${expected}`);
  }

  private fail(message: string): never {
    throw new CloudApiError("InvalidParameter", `${this.expression}: ${message}`);
  }
}
