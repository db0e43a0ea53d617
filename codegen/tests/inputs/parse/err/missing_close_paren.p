fun F(x: bool) {
    if (x {
        print "x";
    }
}
