package cn.sunledger.launcher;

/** A failure the developer can act on: the launcher prints its message (no stack trace) and exits 1. */
final class LaunchException extends RuntimeException {

    LaunchException(String message) {
        super(message);
    }

    LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
