package dev.textdig.cli;

import picocli.CommandLine.Option;

/** {@code -n, --limit N} where every result is shown by default ({@code quotes}, {@code paragraphs}, {@code info}). */
final class LimitOption {
    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "0", converter = Usage.Limit.class,
            description = "Show at most N results (default: all; 0 for all).")
    int limit;
}
