// Two test declarations are both named tcBasic; test names must be unique.
// expect-error: duplicate-test
machine Main {
  start state Init { }
}

test tcBasic [main=Main]: { Main };
test tcBasic [main=Main]: { Main };
