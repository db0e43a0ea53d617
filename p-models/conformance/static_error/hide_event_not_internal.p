// eReport is hidden although the module never receives it; only events both sent and received inside a module can be hidden.
// expect-error: invalid-hide
event eWork;
event eReport;

machine Main
receives eWork;
sends eWork, eReport;
{
  start state Init {
    entry {
      send this, eWork;
    }
    ignore eWork;
  }
}

module hidden = hidee eReport in { Main };
