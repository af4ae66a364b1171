package dev.textdig.article;

/**
 * Text decoded from an input's bytes.
 *
 * @param text         the text, line ends normalised to {@code \n}, byte-order mark dropped
 * @param firstBadByte byte offset of the first invalid UTF-8 sequence, or -1 when there was none
 * @param binary       the input looks binary (it has NUL bytes outside UTF-16) and was not decoded
 * @param legacy       the input was not UTF-8 at all and was read as Windows-1252
 */
public record DecodedText(String text, long firstBadByte, boolean binary, boolean legacy) {
}
