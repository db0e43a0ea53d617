// Integer literals must fit in 64 bits; every such literal is reported.
fun F(): int {
    var x: int;
    x = 123456789012345678901234567890;
    return 99999999999999999999;
}
