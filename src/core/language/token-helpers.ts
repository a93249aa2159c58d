import type { Token } from "./tokenize.js";
import { wordList } from "./word-list.js";

export const DETERMINERS = new Set(
  wordList("the | our | a | an | all | their | its | my | your | this | these | those"),
);
// Where one clause of a key result ends and the next begins.
export const CLAUSE_BREAKS = new Set(
  wordList(
    ", | ; | : | — | – | - | . | while | without | so | through | via | using | thereby | which | and",
  ),
);

/** A number token with a usable value. */
export const isNumber = (t: Token | undefined): t is Token & { value: number } =>
  t?.kind === "number" && t.value !== undefined && Number.isFinite(t.value);
