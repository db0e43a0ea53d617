// The interface IServer is declared twice; interface names must be unique.
// expect-error: duplicate-interface
event eReq;
interface IServer() receives eReq;
interface IServer() receives eReq;

machine Main {
  start state Init { }
}
