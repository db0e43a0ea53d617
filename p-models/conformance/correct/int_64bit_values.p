// Run-time integers are 64-bit: arithmetic past the 32-bit range does not wrap (only literals are limited to 32 bits).
// expect: no-bug

machine Main {
  start state Init {
    entry {
      var big: int;
      var product: int;
      big = 2147483647;
      big = big + 1;
      assert big > 2147483647, "2147483647 + 1 does not wrap";
      assert big - 1 == 2147483647, "and comes back";
      product = 100000 * 100000;
      assert product / 100000 == 100000, "10^10 is representable";
      assert product > big, "10^10 is larger than 2^31";
      big = -2147483647 - 2;
      assert big < -2147483647, "below the 32-bit minimum";
    }
  }
}
