// The name Mode is used both for a type alias and for an enum; type names share one namespace.
// expect-error: duplicate-type
type Mode = int;
enum Mode { FAST, SLOW }

machine Main {
  start state Init { }
}
