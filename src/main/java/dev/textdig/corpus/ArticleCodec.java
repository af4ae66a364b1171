package dev.textdig.corpus;

import dev.textdig.article.Article;
import dev.textdig.article.Kind;
import dev.textdig.article.Language;
import dev.textdig.article.Metadata;
import dev.textdig.article.Paragraph;
import dev.textdig.quote.Quote;
import dev.textdig.quote.QuoteKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An article and its quotations as bytes, for an index on disk: what reading, splitting,
 * classifying and attributing found, kept so that answering from the index needs none of it again.
 * Quotations point at their paragraph by number. The layout's version is
 * {@link #VERSION}: an index that holds another is refused as a whole, never read half-way.
 */
public final class ArticleCodec {
    /** Bump on any change to what is written here (or to what the analysis finds, to force a rebuild). */
    public static final int VERSION = 2;

    /** An article read back, with the quotations found in it. */
    public record Stored(Article article, List<Quote> quotations) {
    }

    private ArticleCodec() {
    }

    public static byte[] encode(Article article, List<Quote> quotations) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeString(out, article.file());
            out.writeByte(article.language().ordinal());
            Metadata m = article.metadata();
            writeString(out, m.title());
            writeString(out, m.author());
            writeString(out, m.source());
            writeString(out, m.date());
            out.writeInt(article.paragraphs().size());
            for (Paragraph p : article.paragraphs()) {
                out.writeInt(p.number());
                out.writeInt(p.line());
                out.writeInt(p.start());
                out.writeInt(p.end());
                writeString(out, p.text());
                out.writeByte(p.kind().ordinal());
            }
            out.writeInt(quotations.size());
            for (Quote q : quotations) {
                out.writeInt(q.paragraph().number());
                writeString(out, q.text());
                out.writeInt(q.start());
                out.writeInt(q.end());
                writeString(out, q.speaker());
                writeString(out, q.mention());
                writeString(out, q.cue());
                out.writeByte(q.kind().ordinal());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Stored decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            String file = readString(in);
            Language language = Language.values()[in.readByte()];
            Metadata metadata = new Metadata(readString(in), readString(in), readString(in), readString(in));
            int count = in.readInt();
            List<Paragraph> paragraphs = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                paragraphs.add(new Paragraph(in.readInt(), in.readInt(), in.readInt(), in.readInt(), readString(in),
                        Kind.values()[in.readByte()]));
            }
            Article article = new Article(file, List.copyOf(paragraphs), metadata, language);
            int quotes = in.readInt();
            List<Quote> quotations = new ArrayList<>(quotes);
            for (int i = 0; i < quotes; i++) {
                Paragraph p = article.paragraphs().get(in.readInt() - 1);
                quotations.add(new Quote(article, p, readString(in), in.readInt(), in.readInt(), readString(in),
                        readString(in), readString(in), QuoteKind.values()[in.readByte()]));
            }
            return new Stored(article, List.copyOf(quotations));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("a stored article cannot be read back (the index is damaged)", e);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
