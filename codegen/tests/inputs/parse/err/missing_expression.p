// Nothing after `=`.
fun F(): int {
    var x: int;
    x = ;
    return x;
}
