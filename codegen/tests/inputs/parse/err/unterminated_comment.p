event e;
/* this comment never ends
machine Main { start state Init { } }
