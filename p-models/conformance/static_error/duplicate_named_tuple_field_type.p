// The named tuple type declares the field id twice; field names of a named tuple must be distinct.
// expect-error: duplicate-named-tuple-field
type tRequest = (id: int, id: string);

machine Main {
  start state Init { }
}
