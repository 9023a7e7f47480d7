package com.oragami.cli;

/** Placeholder entry point until the commands land. */
public final class Oragami {
    private Oragami() {}

    public static void main(String[] args) {
        System.out.println("oragami");
    }
}
