// Main is renamed to IOther, but the two interfaces accept different event sets; rename requires equal receive sets.
// expect-error: invalid-rename
event eReq;
event eOther;
interface IOther() receives eOther;

machine Main
receives eReq;
{
  start state Init {
    ignore eReq;
  }
}

module renamed = rename Main to IOther in { Main };
