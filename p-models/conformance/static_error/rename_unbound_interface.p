// The rename targets IPrimary, which is neither bound nor created by the module it is applied to.
// expect-error: invalid-rename
event eReq;
interface IPrimary() receives eReq;
interface IBackup() receives eReq;

machine Main {
  start state Init { }
}

module renamed = rename IPrimary to IBackup in { Main };
