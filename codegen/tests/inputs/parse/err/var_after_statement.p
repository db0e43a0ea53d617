// P wants every `var` before the first statement of a function.
fun F() {
    var a: int;
    a = 1;
    var b: int;
}
