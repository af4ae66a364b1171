package dev.textdig.cli;

/** No FILE could be read, and each was named on stderr as it failed: the run ends with status 2. */
final class InputsUnread extends RuntimeException {
    InputsUnread() {
        super("no input could be read", null, false, false);
    }
}
