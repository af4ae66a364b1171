package dev.textdig.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWalkTest {

    private static List<String> walk(Path dir) throws FolderWalk.Unreadable {
        return FolderWalk.files(dir).stream().map(Path::toString).toList();
    }

    private static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "A title\n\nThe council met.\n");
    }

    @Test
    void filesAreSortedByTheBytesOfTheirPathBelowTheFolder(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"a/b.txt", "a.txt", "B.txt", "a/c/d.txt", "photo.jpg"}) {
            write(dir.resolve(name));
        }
        // '.' (2E) sorts before '/' (2F), capitals before small letters: as the whole paths sorted
        assertThat(walk(dir)).containsExactly("B.txt", "a.txt", "a/b.txt", "a/c/d.txt", "photo.jpg");
    }

    @Test
    void hiddenFilesAndFoldersAreNotWalkedButAHiddenFolderGivenIs(@TempDir Path dir) throws Exception {
        Path given = dir.resolve(".news");
        for (String name : new String[] {"a.txt", ".draft.txt", ".git/HEAD", "2024/.cache/b.txt", "2024/c.txt"}) {
            write(given.resolve(name));
        }
        assertThat(walk(given)).containsExactly("2024/c.txt", "a.txt");
    }

    /** As grep -r: the folder given is followed if it is a link, folders linked below it are not (no loops); files linked are read. */
    @Test
    void aLinkedFolderBelowIsNotFollowedALinkedFileIs(@TempDir Path dir) throws Exception {
        Path news = dir.resolve("news");
        write(news.resolve("a.txt"));
        write(dir.resolve("elsewhere/b.txt"));
        Files.createSymbolicLink(news.resolve("up"), news); // a loop
        Files.createSymbolicLink(news.resolve("other"), dir.resolve("elsewhere"));
        Files.createSymbolicLink(news.resolve("linked.txt"), dir.resolve("elsewhere/b.txt"));
        Files.createSymbolicLink(news.resolve("broken.txt"), dir.resolve("gone.txt"));
        Files.createSymbolicLink(news.resolve("looped.txt"), news.resolve("looped.txt"));
        Path given = Files.createSymbolicLink(dir.resolve("link"), news);
        assertThat(walk(news)).containsExactly("a.txt", "linked.txt");
        assertThat(walk(given)).containsExactly("a.txt", "linked.txt");
    }

    /** A folder below that cannot be opened is named by its path below (ProcessIT, as nobody: {@code sealed/private}). */
    @Test
    void theFolderGivenThatCannotBeOpenedIsTheEmptyPathBelowIt(@TempDir Path dir) {
        FolderWalk.Unreadable gone = catchThrowableOfType(FolderWalk.Unreadable.class,
                () -> FolderWalk.files(dir.resolve("missing")));
        assertThat(gone.where().toString()).isEmpty();
        assertThat(gone.getCause()).isInstanceOf(java.nio.file.NoSuchFileException.class);
    }
}
