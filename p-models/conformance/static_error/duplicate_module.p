// The named module system is declared twice; module names must be unique.
// expect-error: duplicate-module
machine Main {
  start state Init { }
}

module system = { Main };
module system = { Main };

test tcMain [main=Main]: system;
